"""What a bundle, topic or resource id looks like: shared by the bundle
format (kiosk.content.format) and the content folder's pointers
(kiosk.updates.pointers), which the kiosk reads at every start without the
format's phone-number rules."""

from __future__ import annotations

from typing import Final

ID_PATTERN: Final = r"[a-z0-9][a-z0-9-]{0,63}"
ID_HINT: Final = "use lowercase letters, digits and hyphens, for example 'legal-help'"

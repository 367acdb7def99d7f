"""Open Referral HSDS 3: import a resource directory's export as a draft bundle,
refresh that bundle from the directory's next export (kiosk.hsds.refresh), and
export a bundle's resources back as HSDS JSON.

Qt-free, like `kiosk.content`: editors run it on their own machines. The
importer never guesses a phone number and never drops a field silently: what
it cannot map is listed in the import report.
"""

from kiosk.hsds.errors import HsdsError
from kiosk.hsds.exporter import export_bundle
from kiosk.hsds.importer import ImportOptions, ImportOutcome, import_directory

__all__ = ["HsdsError", "ImportOptions", "ImportOutcome", "export_bundle", "import_directory"]

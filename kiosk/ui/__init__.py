"""Qt screens and widgets. Each screen is built from the session's state and
thrown away when the visitor moves on."""

"""The one packaging step pyproject.toml cannot say: the package list.

pyproject.toml maps the top-level resources/ and translations/ into the
package as kiosk.resources and kiosk.translations ([tool.setuptools.package-dir]),
so a wheel carries them as kiosk/resources/ and kiosk/translations/. A mapped
package must be named in the package list, and pyproject.toml's automatic
discovery cannot add names to the list it finds; so the list is made here:
every package under kiosk/, found as it is added, plus the two mapped folders.
kiosk/paths.py is the one place that knows where they are at run time.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["kiosk", "kiosk.*"]), "kiosk.resources", "kiosk.translations"]
)

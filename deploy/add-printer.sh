#!/usr/bin/env bash
# Adds (or changes) the CUPS queue the kiosk prints its slips to, with lpadmin.
# deploy/cups/README.md says how to choose the driver and the device URI.
#
#   add-printer.sh --name NAME --paper 80mm|58mm|letter|a4 --device-uri URI
#                  (--ppd FILE | --model MODEL) [--media SIZE] [--description TEXT]
#                  [--location TEXT] [--option KEY=VALUE ...] [--default] [--dry-run]
#
# --paper      80mm / 58mm: a receipt roll; letter / a4: sheets (office printer)
# --device-uri where the printer is: usb://..., socket://10.0.0.5:9100,
#              ipp://printer.local/ipp/print (`lpinfo -v` lists what CUPS finds)
# --ppd FILE   the maker's PPD (receipt printers: the maker's CUPS driver)
# --model M    a driver CUPS knows (`lpinfo -m`), or `everywhere` for a
#              printer that speaks IPP Everywhere (most recent office printers)
# --media SIZE the queue's default paper size instead of the one --paper gives
# --option     any further lpadmin -o option (repeatable), e.g. a driver's cutter
# --default    also make it the system default (the kiosk's `printer:` unset)
# --dry-run    print the lpadmin commands and change nothing
#
# Running it again with the same options changes nothing that matters: lpadmin
# sets the same values again. CUPS_SERVER is honoured as by every CUPS tool.
set -euo pipefail

refuse() {
    echo "add-printer.sh: $*" >&2
    exit 2
}
# A missing value, or the next option taken for one, is refused.
need_value() {
    if [ $# -lt 2 ] || [ -z "$2" ] || [ "${2#--}" != "$2" ]; then refuse "$1 needs a value"; fi
}

name="" paper="" uri="" ppd="" model="" media="" description="" location=""
make_default=false dry_run=false
options=()

while [ $# -gt 0 ]; do
    case "$1" in
    --name | --paper | --device-uri | --ppd | --model | --media | --description | --location | --option)
        need_value "$@"
        case "$1" in
        --name) name=$2 ;;
        --paper) paper=$2 ;;
        --device-uri) uri=$2 ;;
        --ppd) ppd=$2 ;;
        --model) model=$2 ;;
        --media) media=$2 ;;
        --description) description=$2 ;;
        --location) location=$2 ;;
        --option) options+=("$2") ;;
        esac
        shift 2
        ;;
    --default)
        make_default=true
        shift
        ;;
    --dry-run)
        dry_run=true
        shift
        ;;
    -h | --help)
        sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *) refuse "unknown option: $1" ;;
    esac
done

[ -n "$name" ] || refuse "--name is missing: the queue's name, as the kiosk config's printer: names it"
# CUPS queue names: printable characters other than space, tab, "/", "\", "'", '"', "#" (lpadmin(8)).
case "$name" in
*[[:space:]/\\\'\"#]* | *[![:print:]]*) refuse "--name $name: a queue name cannot hold spaces, /, \\, quotes or #" ;;
esac
[ "${#name}" -le 127 ] || refuse "--name: at most 127 characters"
[ -n "$uri" ] || refuse "--device-uri is missing: where the printer is (lpinfo -v lists what CUPS finds)"
case "$uri" in
*:*) ;;
*) refuse "--device-uri $uri: not a URI (usb://..., socket://HOST:9100, ipp://HOST/ipp/print)" ;;
esac
if [ -n "$ppd" ] && [ -n "$model" ]; then
    refuse "--ppd and --model: choose one driver"
fi
if [ -z "$ppd" ] && [ -z "$model" ]; then
    refuse "no driver: give --ppd FILE (the maker's) or --model MODEL (lpinfo -m; everywhere for IPP Everywhere)"
fi
if [ -n "$ppd" ] && [ ! -r "$ppd" ]; then
    refuse "--ppd $ppd: no such file"
fi

# The queue's default paper. The kiosk sets each slip's own page size (a
# receipt is cut to the slip's length), so this is what other jobs get.
case "$paper" in
80mm) default_media=Custom.80x200mm ;;
58mm) default_media=Custom.58x200mm ;;
letter) default_media=Letter ;;
a4) default_media=A4 ;;
"") refuse "--paper is missing: 80mm or 58mm (receipt roll), letter or a4 (sheets)" ;;
*) refuse "--paper $paper: use 80mm, 58mm, letter or a4" ;;
esac
[ -n "$media" ] || media=$default_media
for option in "${options[@]}"; do
    case "$option" in
    ?*=*) ;;
    *) refuse "--option $option: use KEY=VALUE" ;;
    esac
done

command=(lpadmin -p "$name" -E -v "$uri")
if [ -n "$ppd" ]; then command+=(-P "$ppd"); else command+=(-m "$model"); fi
[ -z "$description" ] || command+=(-D "$description")
[ -z "$location" ] || command+=(-L "$location")
command+=(
    -o "media-default=$media"
    # No banner page: it prints the user's and the job's name before the slip.
    -o job-sheets-default=none,none
    # A job the printer cannot print (out of paper, jammed, switched off) is
    # thrown away, not kept and printed hours later for whoever stands at the
    # printer then. The visitor sees at once that the slip did not print.
    -o printer-error-policy=abort-job
)
for option in "${options[@]}"; do command+=(-o "$option"); done

run() {
    if $dry_run; then
        printf 'would run:'
        printf ' %q' "$@"
        printf '\n'
    else
        "$@"
    fi
}

command -v lpadmin >/dev/null || $dry_run || refuse "lpadmin not found: apt-get install cups-client"
run "${command[@]}"
if $make_default; then
    run lpadmin -d "$name"
fi
if ! $dry_run; then
    echo "queue $name added: $(lpstat -p "$name" | head -n 1)"
    echo "print a test slip from the staff panel (Test print) to check the paper and the cut"
fi

#!/usr/bin/env bash
# Sets up a Debian 12 machine (or a folder tree that will become one) for the
# resource kiosk: the kiosk user, its content folder and inbox, the config
# file, the systemd unit and CUPS's privacy settings. deploy/README.md says
# what to do before (packages, the Python install) and after (enable, printer).
#
#   install-kiosk.sh [--root DIR] [--dry-run]
#
# --root DIR  install into DIR as a package build or an image builder would
#             (DIR holds etc/passwd and the rest; default /). Nothing is
#             started or restarted then.
# --dry-run   print each step and change nothing; needs no root.
#
# Run it again at any time: a step already done is left alone and said so.
# An edited /etc/kiosk/kiosk.yaml is never overwritten.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=/
dry_run=false

usage() {
    echo "usage: install-kiosk.sh [--root DIR] [--dry-run]" >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
    --root)
        [ $# -ge 2 ] || usage
        root=$2
        shift 2
        ;;
    --root=*)
        root=${1#--root=}
        shift
        ;;
    --dry-run)
        dry_run=true
        shift
        ;;
    -h | --help)
        sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "install-kiosk.sh: unknown option: $1" >&2
        usage
        ;;
    esac
done

if ! $dry_run && [ "$(id -u)" -ne 0 ]; then
    echo "install-kiosk.sh: must run as root (it creates a user and sets owners); --dry-run shows the steps without changing anything" >&2
    exit 1
fi
if [ ! -d "$root" ]; then
    echo "install-kiosk.sh: --root $root: no such folder" >&2
    exit 2
fi
root=$(cd "$root" && pwd)
# "$root$path" names a path inside the target; with --root / that is the path itself.
[ "$root" = / ] && root=""

if [ ! -f "${root}/etc/passwd" ]; then
    echo "install-kiosk.sh: ${root:-/}/etc/passwd not found: --root must name a system's root folder" >&2
    exit 2
fi

KIOSK_USER=kiosk
KIOSK_HOME=/var/lib/kiosk
CONFIG=/etc/kiosk/kiosk.yaml
UNIT=/etc/systemd/system/kiosk.service
CUPSD_CONF=/etc/cups/cupsd.conf
CUPS_MARK_BEGIN="# >>> resource kiosk: deploy/cups/cupsd-privacy.conf (install-kiosk.sh) >>>"
CUPS_MARK_END="# <<< resource kiosk <<<"

changes=0
# Folders a dry run would have made by now, so later steps see them as made.
planned=$'\n'

say() { echo "$*"; }
# One step that changes something: run it, or only say it under --dry-run.
act() {
    local what=$1
    shift
    changes=$((changes + 1))
    if $dry_run; then
        say "would: $what"
    else
        say "done: $what"
        "$@"
    fi
}
same() { say "ok: $*"; }

# A folder that exists, or that this dry run has already said it would make.
have_dir() {
    [ -d "${root}$1" ] || case "$planned" in *$'\n'"$1"$'\n'*) true ;; *) false ;; esac
}
plan_dir() { planned+="$1"$'\n'; }

# The numeric id of a user or group in the target's own files (not this
# machine's: with --root they may differ).
id_in() { awk -F: -v n="$2" '$1 == n { print $3; exit }' "${root}/etc/$1"; }

kiosk_uid() { id_in passwd "$KIOSK_USER"; }
kiosk_gid() { id_in group "$KIOSK_USER"; }

# owner spec "kiosk" or "root", group likewise -> numeric "uid:gid"
numeric_owner() {
    local user=$1 group=$2 uid gid
    if [ "$user" = root ]; then uid=0; else uid=$(kiosk_uid); fi
    if [ "$group" = root ]; then gid=0; else gid=$(kiosk_gid); fi
    echo "${uid:-?}:${gid:-?}"
}

# --- the user ------------------------------------------------------------------

ensure_user() {
    if [ -n "$(kiosk_uid)" ]; then
        same "user $KIOSK_USER exists"
        return
    fi
    # A system user with its own group, no password and no login shell: it only
    # ever runs the kiosk.service unit. The home folder is made below.
    local args=(--system --user-group --home-dir "$KIOSK_HOME" --no-create-home
        --shell /usr/sbin/nologin --comment "Resource kiosk" "$KIOSK_USER")
    if [ -n "$root" ]; then args=(--root "$root" "${args[@]}"); fi
    act "create system user $KIOSK_USER (home $KIOSK_HOME, no login shell)" useradd "${args[@]}"
}

# --- folders and files -----------------------------------------------------------

# ensure_dir PATH USER GROUP MODE
ensure_dir() {
    local path=$1 user=$2 group=$3 mode=$4 target="${root}$1" owner
    if [ ! -d "$target" ]; then
        have_dir "$path" && return
        plan_dir "$path"
        owner=$(numeric_owner "$user" "$group")
        act "create folder $path ($user:$group, $mode)" \
            install -d -o "${owner%%:*}" -g "${owner##*:}" -m "$mode" "$target"
        return
    fi
    fix_owner_mode "$path" "$user" "$group" "$mode" folder
}

# A folder above one of ours: made (root, 0755) when missing, otherwise left
# as it is (it may be /media, or the kiosk's own home).
ensure_parent() {
    local path=$1
    if have_dir "$path"; then
        return
    fi
    plan_dir "$path"
    act "create folder $path (root:root, 0755)" install -d -m 0755 "${root}$path"
}

# fix_owner_mode PATH USER GROUP MODE KIND
fix_owner_mode() {
    local path=$1 user=$2 group=$3 mode=$4 kind=$5 target="${root}$1" want have_owner have_mode
    want=$(numeric_owner "$user" "$group")
    have_owner=$(stat -c %u:%g "$target")
    have_mode=$(stat -c %a "$target")
    if [ "$have_owner" != "$want" ]; then
        act "set owner of $path to $user:$group" chown "$want" "$target"
    fi
    if [ "$((8#$have_mode))" -ne "$((8#$mode))" ]; then
        act "set mode of $path to $mode (was $have_mode)" chmod "$mode" "$target"
    fi
    if [ "$have_owner" = "$want" ] && [ "$((8#$have_mode))" -eq "$((8#$mode))" ]; then
        same "$kind $path ($user:$group, $mode)"
    fi
}

copy_file() {
    local source=$1 target=$2 user=$3 group=$4 mode=$5 owner
    owner=$(numeric_owner "$user" "$group")
    install -D -o "${owner%%:*}" -g "${owner##*:}" -m "$mode" "$source" "$target"
}

# ensure_file SOURCE PATH USER GROUP MODE keep|replace
#   keep:    a file already there that differs was edited on purpose: left as it is
#   replace: a file already there that differs is brought back to the shipped one
ensure_file() {
    local source=$1 path=$2 user=$3 group=$4 mode=$5 policy=$6 target="${root}$2"
    if [ ! -e "$target" ]; then
        act "install $path ($user:$group, $mode)" copy_file "$source" "$target" "$user" "$group" "$mode"
        return
    fi
    if ! cmp -s "$source" "$target"; then
        if [ "$policy" = keep ]; then
            say "kept: $path differs from $(basename "$source") (edited here); not overwritten"
        else
            act "replace $path with the shipped $(basename "$source") (local changes belong in a drop-in: systemctl edit kiosk)" \
                copy_file "$source" "$target" "$user" "$group" "$mode"
            return
        fi
    fi
    fix_owner_mode "$path" "$user" "$group" "$mode" file
}

# A top-level "key: value" setting of the installed config (or the example),
# when it is an absolute path; else the default given.
config_path() {
    local key=$1 default=$2 file="${root}${CONFIG}" value
    [ -f "$file" ] || file="$here/kiosk.example.yaml"
    value=$(sed -n -E "s/^${key}:[[:space:]]*[\"']?([^\"'#]*[^\"'#[:space:]])[\"']?[[:space:]]*(#.*)?$/\1/p" "$file" | head -n 1)
    case "$value" in
    /*) echo "$value" ;;
    *) echo "$default" ;;
    esac
}

# --- CUPS -----------------------------------------------------------------------

# cupsd.conf without our block and without any line setting one of the
# directives our snippet sets, then our block: what the file should be.
cupsd_conf_wanted() {
    local current=$1 snippet=$2 directives
    directives=$(grep -E '^[A-Za-z]' "$snippet" | awk '{print $1}' | paste -sd'|')
    awk -v begin="$CUPS_MARK_BEGIN" -v end="$CUPS_MARK_END" -v re="^(${directives})([[:space:]]|$)" '
        $0 == begin { inside = 1; next }
        $0 == end { inside = 0; next }
        inside { next }
        $0 ~ re { next }
        { print }
    ' "$current"
    echo "$CUPS_MARK_BEGIN"
    cat "$snippet"
    echo "$CUPS_MARK_END"
}

install_cupsd_conf() {
    local wanted=$1 target=$2
    # The original, once: the first change is the one worth undoing.
    [ -e "$target.kiosk-orig" ] || cp -p "$target" "$target.kiosk-orig"
    cat "$wanted" >"$target"
}

ensure_cups_privacy() {
    local target="${root}${CUPSD_CONF}" wanted
    if [ ! -f "$target" ]; then
        say "skipped: $CUPSD_CONF not found (CUPS is not installed); install cups and run this again"
        return
    fi
    wanted=$(mktemp)
    cupsd_conf_wanted "$target" "$here/cups/cupsd-privacy.conf" >"$wanted"
    if cmp -s "$wanted" "$target"; then
        rm -f "$wanted"
        same "$CUPSD_CONF has the privacy settings of deploy/cups"
        return
    fi
    if [ -z "$root" ] && command -v cupsd >/dev/null && ! cupsd -t -c "$wanted" >/dev/null 2>&1; then
        echo "install-kiosk.sh: cupsd -t refuses $CUPSD_CONF with the privacy settings; left unchanged:" >&2
        cupsd -t -c "$wanted" >&2 || true
        rm -f "$wanted"
        exit 1
    fi
    act "add the privacy settings of deploy/cups to $CUPSD_CONF (original kept as cupsd.conf.kiosk-orig)" \
        install_cupsd_conf "$wanted" "$target"
    rm -f "$wanted"
    if [ -z "$root" ] && ! $dry_run && command -v systemctl >/dev/null; then
        act "restart CUPS so the settings take effect" systemctl try-restart cups.service
    fi
}

# --- the steps --------------------------------------------------------------------

$dry_run && say "dry run: nothing is changed"
say "installing into ${root:-/}"

ensure_user
ensure_parent "$(dirname "$KIOSK_HOME")"
ensure_dir "$KIOSK_HOME" "$KIOSK_USER" "$KIOSK_USER" 0750
content_dir=$(config_path content_dir "$KIOSK_HOME/content")
inbox=$(config_path inbox /media/kiosk-inbox)
# The kiosk writes the content folder (installs, roll back) and only reads the inbox.
ensure_parent "$(dirname "$content_dir")"
ensure_dir "$content_dir" "$KIOSK_USER" "$KIOSK_USER" 0755
ensure_parent "$(dirname "$inbox")"
ensure_dir "$inbox" "$KIOSK_USER" "$KIOSK_USER" 0755
ensure_dir /etc/kiosk root root 0755
ensure_dir /etc/kiosk/keys root root 0755
# root-owned, group kiosk, 0640: the kiosk reads it but cannot change its own
# safety settings, and staff_pin_hash is not for every local user to try PINs against.
ensure_file "$here/kiosk.example.yaml" "$CONFIG" root "$KIOSK_USER" 0640 keep
ensure_parent /etc/systemd/system
ensure_file "$here/kiosk.service" "$UNIT" root root 0644 replace
ensure_cups_privacy

if [ "$changes" -eq 0 ]; then
    say "nothing to change: everything was already in place"
elif $dry_run; then
    say "$changes change(s) would be made"
else
    say "$changes change(s) made"
fi

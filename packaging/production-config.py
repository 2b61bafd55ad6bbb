#!/usr/bin/env python3
"""production-config.py - the packaged /etc/aup-milter/aup-milter.toml, made from the demo config.

    python3 packaging/production-config.py config/aup-milter.toml > aup-milter.toml

The embedded demo config (config/aup-milter.toml) documents every key and runs from the source
tree. The package ships the same file with production paths: the socket inside Postfix's chroot,
state in /var/spool/aup-milter, /var/lib/aup-milter and /var/log/aup-milter, the rules as
conffiles in /etc/aup-milter/rules, and no ClamAV demo fallback. One source, so the two cannot
drift apart; each change below must match exactly once or this script fails (a renamed key in
the demo config then breaks the package build instead of shipping a demo path).
"""
import re
import sys

HEADER = """\
# aup-milter - /etc/aup-milter/aup-milter.toml, installed by the aup-milter package.
#
# Change [organisation] (name, domains, headteacher, postmaster, roster) before production use,
# then `aupctl check-config` and `systemctl reload aup-milter` (docs/install.md). This file is a
# dpkg conffile: your edits survive upgrades. Relative paths resolve against /etc/aup-milter.
# Every key is documented in /usr/share/doc/aup-milter/config.md.
"""

# (section, regex of the whole line(s) to replace, replacement). "" section = before any table.
CHANGES = [
    ("milter", r'listen = ".*"\n',
     '# Inside Postfix\'s chroot (/var/spool/postfix, made by the unit at every start); main.cf\n'
     '# names it relative to the queue directory: smtpd_milters = unix:aup-milter/milter.sock.\n'
     'listen = "unix:/var/spool/postfix/aup-milter/milter.sock"\n'),
    ("milter", r'spool_dir = ".*"\n', 'spool_dir = "/var/spool/aup-milter/tmp"\n'),
    ("policy.chain-letter", r'# rules = "/etc/aup-milter/rules/chain-letter.rules"\n',
     '# The package\'s copy (a conffile); the pristine shipped rules are /usr/share/aup-milter/rules.\n'
     'rules = "/etc/aup-milter/rules/chain-letter.rules"\n'),
    ("policy.dlp-unencrypted", r'# rules = "/etc/aup-milter/rules/dlp-unencrypted.rules"\n',
     'rules = "/etc/aup-milter/rules/dlp-unencrypted.rules"\n'),
    ("clamav", r'# Demo only: .*\n# .*\nfallback_database_dir = ".*"\n', ''),
    ("quarantine", r'dir = ".*"\n', 'dir = "/var/spool/aup-milter/quarantine"\n'),
    ("quarantine", r'group = ""\n', 'group = "aup-admin"\n'),
    ("quarantine", r'release_secret_file = ""\n', 'release_secret_file = "/var/lib/aup-milter/release.key"\n'),
    ("log", r'audit = ".*"\n', 'audit = "/var/log/aup-milter/audit.jsonl"\n'),
]


def split_sections(text):
    """[(section name, text)] in order; the text before the first table is section ""."""
    parts, name, start = [], "", 0
    for m in re.finditer(r'^\[([^\]]+)\]\n', text, re.M):
        parts.append([name, text[start:m.start()]])
        name, start = m.group(1), m.start()
    parts.append([name, text[start:]])
    return parts


def production(text):
    """The demo config's text with every CHANGE applied; raises ValueError naming a change that did not match once."""
    header_end = text.index("\n\n") + 1
    sections = split_sections(text[header_end:])
    for section, pattern, replacement in CHANGES:
        targets = [s for s in sections if s[0] == section]
        count = sum(len(re.findall(pattern, s[1], re.M)) for s in targets)
        if count != 1:
            raise ValueError("[%s] %r matched %d times in the demo config (expected once)" % (section, pattern, count))
        for s in targets:
            s[1] = re.sub(pattern, lambda _: replacement, s[1], flags=re.M)
    out = HEADER + "".join(s[1] for s in sections)
    if "demo-state" in out or "tests/data" in out:
        raise ValueError("a demo path is left in the production config")
    return out


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        source = f.read()
    try:
        sys.stdout.write(production(source))
    except ValueError as e:
        sys.exit("production-config.py: %s" % e)

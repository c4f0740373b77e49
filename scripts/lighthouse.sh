#!/usr/bin/env bash
# Lighthouse run (not part of `python3 dev.py test`: it is slow; .ci/run runs it after).
#
#   scripts/lighthouse.sh            # front page, a story, a theme page, a vacancy
#   MIN_SCORE=0.95 scripts/lighthouse.sh /stories/x/ /themes/tech/
#
# Builds the demo hub with an absolute SITEURL on 127.0.0.1 (canonical and
# hreflang URLs must be absolute for the SEO audits), serves it, and runs the
# Lighthouse CLI (npm, pinned; fetched by npx on first use) with Debian's
# Chromium. Fails when a category of a page scores below MIN_SCORE.
# Reports: test-artifacts/lighthouse/*.report.{html,json}.
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE="lighthouse@12.8.2"
PORT="${PORT:-8767}"
MIN_SCORE="${MIN_SCORE:-0.95}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
OUT="test-artifacts/lighthouse"
SITE="$(mktemp -d)/site"
# Removed however the script ends, a failed demo build too (set -e); the server's
# trap below replaces this one once it runs.
trap 'rm -rf "$(dirname "$SITE")"' EXIT
mkdir -p "$OUT"
# Chromium's and Lighthouse's temporary files (a singleton socket per launch, the
# profile) go beside the site and are removed with it: they were left in /tmp,
# four folders a run.
export TMPDIR="$(dirname "$SITE")/tmp"
mkdir -p "$TMPDIR"

# Build; with no pages given, pick the first published story, theme and open vacancy.
DEFAULTS="$(.venv/bin/python - "$SITE" "$PORT" <<'PY'
import sys
from pathlib import Path
from podium_cli.build import build
site = build("pelicanconf.py", sys.argv[1], SITEURL=f"http://127.0.0.1:{sys.argv[2]}").output
def first(pattern):
    for page in sorted(site.glob(pattern)):
        if 'name="robots" content="noindex"' not in page.read_text(encoding="utf-8"):
            return "/" + str(page.parent.relative_to(site)) + "/"
    return None
print(" ".join(p for p in ["/", first("stories/*/index.html"), first("themes/*/index.html"),
                           first("vacancies/*/index.html")] if p))
PY
)"
DEFAULTS="$(echo "$DEFAULTS" | tail -n 1)"  # the build logs to stdout too
[ "$#" -eq 0 ] && set -- $DEFAULTS

.venv/bin/python -m http.server "$PORT" --bind 127.0.0.1 --directory "$SITE" >/dev/null 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; rm -rf "$(dirname "$SITE")"' EXIT
sleep 1

status=0
for path in "$@"; do
  name="$(echo "$path" | tr '/' '_' | sed 's/^_*//; s/_*$//')"
  name="${name:-front}"
  npx --yes "$LIGHTHOUSE" "http://127.0.0.1:$PORT$path" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output=html --output-path="$OUT/$name" >/dev/null
  .venv/bin/python - "$OUT/$name.report.json" "$path" "$MIN_SCORE" <<'PY' || status=1
import json, sys
report, path, minimum = json.load(open(sys.argv[1])), sys.argv[2], float(sys.argv[3])
scores = {k: v["score"] for k, v in report["categories"].items()}
low = {k: s for k, s in scores.items() if s is None or s < minimum}
print(f"{path}: " + ", ".join(f"{k} {round(s * 100)}" for k, s in scores.items()))
sys.exit(1 if low else 0)
PY
done
exit "$status"

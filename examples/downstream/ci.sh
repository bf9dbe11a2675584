#!/usr/bin/env bash
# newsparse CI for the downstream example: install newsparse as a user would (not editable)
# and this project in a fresh virtual environment, run its tests, then check that a
# deliberately broken expectation fails with a readable per-field message.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet "$repo[testing]"
"$work/venv/bin/pip" install --quiet "$here[test]"

echo "downstream: the example's own tests (two saved pages through the plugin, one property test)"
(cd "$here" && "$work/venv/bin/python" -m pytest -p no:cacheprovider)

echo "downstream: a broken expectation in a temporary copy must fail, naming the field"
cp -r "$here" "$work/broken"
rm -rf "$work/broken/.venv"
"$work/venv/bin/python" - "$work/broken/tests/fixtures/seed-classic/expected.json" <<'PY'
import json, sys
path = sys.argv[1]
data = json.load(open(path, encoding="utf-8"))
data["headline"] = data["headline"].replace("syrienne", "irakienne")
json.dump(data, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
set +e
(cd "$work/broken" && "$work/venv/bin/python" -m pytest -p no:cacheprovider) >"$work/broken.txt" 2>&1
status=$?
set -e
"$work/venv/bin/python" - "$work/broken.txt" "$status" <<'PY'
import sys
output, status = open(sys.argv[1], encoding="utf-8").read(), int(sys.argv[2])
wanted = [
    "headline differs at character 70:",
    "  expected: 'La Russie œuvre à renforcer ses relations avec la nouvelle direction irakienne'",
    "  got:      'La Russie œuvre à renforcer ses relations avec la nouvelle direction syrienne'",
    " " * 82 + "^",
    "(fixture tests/fixtures/seed-classic)",
]
lines = output.splitlines()
missing = [line for line in wanted if line not in lines]
failed = [line for line in lines if line.startswith("FAILED ")]
one = len(failed) == 1 and failed[0].startswith("FAILED tests/fixtures/seed-classic::headline - headline differs")
if status != 1 or missing or not one:
    print(output)
    sys.exit(f"downstream: expected exactly one failing field test with its message; exit {status}, missing {missing}")
print("downstream: the broken expectation failed as expected, with this message:")
print("\n".join("    " + line for line in wanted))
PY

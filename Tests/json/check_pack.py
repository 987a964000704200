#!/usr/bin/env python3
"""Validates json packs against docs/pack.schema.json with the jsonschema package (an
independent reader), and checks the top-level keys come in the documented order.

Usage: Tests/json/check_pack.py SCHEMA.json PACK.json [PACK.json ...]
"""
import json
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1]))
    failures = 0
    for path in sys.argv[2:]:
        text = open(path).read()
        pack = json.loads(text)
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(pack), key=lambda e: list(e.path))
        for error in errors[:20]:
            print(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")
        order = list(schema["properties"])
        if list(pack) != order:
            print(f"{path}: top-level keys {list(pack)} are not in the schema's order {order}")
            errors.append("order")
        failures += 1 if errors else 0
    print(f"{len(sys.argv) - 2 - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

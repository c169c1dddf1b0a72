#!/usr/bin/env python3
"""Checks that every #include stays within what its library may use.

CMake writes, for each layer (a library and the folder its sources are in), the
libraries it links (build/layers.txt: `name folder dep dep ...`). A file in a
layer's folder may include headers of its own layer or of a layer it links,
directly or through others; a header anywhere else is a lower layer reaching up,
and fails this test. Spirit's headers are for the grammar and what links it:
engine/core and the tables must not see them.

    check_layers.py BUILD/layers.txt     run from the project root
"""
import os
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def read_layers(path):
    layers = {}
    for line in open(path):
        parts = line.split()
        if parts:
            layers[parts[0]] = (parts[1], [d for d in parts[2:] if d.startswith("claimcheck")])
    return layers


def reach(layers, name):
    """The layers `name` may use: itself and all it links, directly or not."""
    seen, todo = set(), [name]
    while todo:
        n = todo.pop()
        if n in seen or n not in layers:
            continue
        seen.add(n)
        todo.extend(layers[n][1])
    return seen


def owner(layers, path):
    """The layer whose folder holds `path` (the deepest such folder), or None."""
    folder = os.path.dirname(path)
    for name, (f, _) in layers.items():
        if f == folder:
            return name
    return None


def violations(root, layers):
    found = []
    for name, (folder, _) in sorted(layers.items()):
        allowed = reach(layers, name)
        spirit_ok = "claimcheck_grammar" in allowed
        directory = os.path.join(root, folder)
        for entry in sorted(os.listdir(directory)):
            if not entry.endswith((".cpp", ".hpp")):
                continue
            rel = f"{folder}/{entry}"
            text = open(os.path.join(directory, entry), encoding="utf-8").read()
            for match in INCLUDE.finditer(text):
                kind, target = match.groups()
                line = text.count("\n", 0, match.start()) + 1
                if kind == "<":
                    if target.startswith("boost/spirit") and not spirit_ok:
                        found.append(f"{rel}:{line}: {name} includes <{target}>, but links no grammar")
                    continue
                local = os.path.normpath(os.path.join(folder, target))
                resolved = local if os.path.exists(os.path.join(root, local)) else target
                if not os.path.exists(os.path.join(root, resolved)):
                    found.append(f"{rel}:{line}: no such header {target}")
                    continue
                used = owner(layers, resolved)
                if used is None:
                    found.append(f"{rel}:{line}: {resolved} belongs to no library")
                elif used not in allowed:
                    found.append(f"{rel}:{line}: {name} includes {resolved} of {used}, which it does not link")
    return found


def self_test():
    """The check must be able to fail: a core header that includes a lang one."""
    with tempfile.TemporaryDirectory() as root:
        for folder in ("engine/core", "engine/lang"):
            os.makedirs(os.path.join(root, folder))
        open(os.path.join(root, "engine/lang/a.hpp"), "w").write('#include "engine/core/b.hpp"\n')
        open(os.path.join(root, "engine/core/b.hpp"), "w").write('#include "engine/lang/a.hpp"\n'
                                                                  "#include <boost/spirit/home/x3.hpp>\n")
        layers = {"claimcheck_core": ("engine/core", []), "claimcheck_lang": ("engine/lang", ["claimcheck_core"])}
        found = violations(root, layers)
        if len(found) != 2:
            sys.exit(f"self-test: expected the two violations planted, got {found}")


def main():
    self_test()
    layers = read_layers(sys.argv[1])
    root = os.getcwd()
    found = violations(root, layers)
    # Every engine source is in some layer's folder.
    folders = {f for f, _ in layers.values()}
    for directory, _, names in os.walk(os.path.join(root, "engine")):
        rel = os.path.relpath(directory, root)
        if any(n.endswith((".cpp", ".hpp")) for n in names) and rel not in folders:
            found.append(f"{rel}: a folder of sources that is no library")
    for problem in found:
        print(problem)
    print(f"{len(layers)} layers, {len(found)} problems")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()

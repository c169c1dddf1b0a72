#!/usr/bin/env python3
# `cmake --install` into a temporary prefix: the installed claimcheck finds its rules with
# no flag, and its man page and bash and zsh completions name every command and option
# the binary's --help shows, so they cannot drift from it. (.ci/deb does the same with
# the .deb and dpkg.)
import gzip
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

OPTION_LINE = re.compile(r"^  (-[^\s]+)")


def help_of(binary, *command):
    return subprocess.run([binary, *command, "--help"], capture_output=True, text=True, check=True).stdout


def commands_of(help_text):
    lines = help_text.split("\n")
    start = lines.index("Subcommands:") + 1
    return [line.split()[0] for line in lines[start:] if line.startswith("  ") and line.strip()]


def options_of(help_text):
    return [name for line in help_text.split("\n") if (m := OPTION_LINE.match(line)) for name in m.group(1).split(",")]


def completions(script, *words):
    """What the installed bash completion offers after `claimcheck WORDS...` (the last word being typed)."""
    words = ["claimcheck", *words]
    program = (f"source {script}\nCOMP_WORDS=({' '.join(repr(w) for w in words)})\nCOMP_CWORD={len(words) - 1}\n"
               "_claimcheck\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
    out = subprocess.run(["bash", "-c", program], capture_output=True, text=True)
    return out.stdout.split()


def test_install(binary, suite):
    build = pathlib.Path(binary).parent
    if not (build / "shell_help" / "claimcheck.1.gz").exists():
        e2e.skip("the man page and completions are not built: cmake --build build (the shell_help target)")
    with tempfile.TemporaryDirectory(prefix="claimcheck-install-") as tmp:
        prefix = pathlib.Path(tmp) / "prefix"
        installed = subprocess.run(["cmake", "--install", str(build), "--prefix", str(prefix)], capture_output=True,
                                   text=True)
        if not suite.check(installed.returncode == 0, f"cmake --install:\n{installed.stdout}{installed.stderr}"):
            return
        claimcheck = prefix / "bin" / "claimcheck"
        suite.check((prefix / "share" / "claimcheck" / "rules" / "house-style.claims").is_file(), "rules installed")
        # Run from a directory of its own, with no flag and nothing in the environment about rules.
        shutil.copytree(e2e.ROOT / "examples" / "demo", pathlib.Path(tmp) / "demo")
        result = e2e.run(str(claimcheck), "-v", "check", ".", cwd=pathlib.Path(tmp) / "demo")
        suite.equal(result.status, 1, f"the installed claimcheck on the demo (one claim fails)\n  {result.describe()}")
        suite.check(f"rules directory: {prefix / 'share' / 'claimcheck' / 'rules'}\n" in result.stderr,
                    f"the installed rules, found with no flag:\n{result.stderr}")

        man = gzip.decompress((prefix / "share" / "man" / "man1" / "claimcheck.1.gz").read_bytes()).decode("utf-8")
        man_text = re.sub(r"\\f[BIRP]", "", man).replace("\\-", "-")  # the words as man shows them
        bash = prefix / "share" / "bash-completion" / "completions" / "claimcheck"
        zsh = (prefix / "share" / "zsh" / "vendor-completions" / "_claimcheck").read_text(encoding="utf-8")
        bash_text = bash.read_text(encoding="utf-8")
        suite.check(man.startswith(".TH CLAIMCHECK 1 "), "a man page")
        suite.check(zsh.startswith("#compdef claimcheck\n"), "a zsh completion")
        if suite.check(shutil.which("zsh"), "zsh, to check the zsh completion's syntax: apt-get install zsh "
                                            "(.ci/test installs it)"):
            parsed = subprocess.run(["zsh", "-n", str(prefix / "share" / "zsh" / "vendor-completions" / "_claimcheck")],
                                    capture_output=True, text=True)
            suite.equal((parsed.returncode, parsed.stderr), (0, ""), "zsh -n: the zsh completion parses")
        parsed = subprocess.run(["bash", "-n", str(bash)], capture_output=True, text=True)
        suite.equal((parsed.returncode, parsed.stderr), (0, ""), "bash -n: the bash completion parses")
        top = help_of(str(claimcheck))
        commands = commands_of(top)
        suite.check({"check", "test", "explain", "extract", "draft", "init"} <= set(commands), f"commands: {commands}")
        for option in options_of(top):
            for name, text in (("man page", man_text), ("bash", bash_text), ("zsh", zsh)):
                suite.check(re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text), f"{name}: {option}")
        suite.equal(sorted(completions(bash, "")), sorted(options_of(top) + commands), "bash: claimcheck <TAB>")
        for command in commands:
            options = options_of(help_of(str(claimcheck), command))
            suite.check(f".SS \"{command} " in man_text, f"man page: the {command} command")
            suite.check(f"{command}) _arguments" in zsh, f"zsh: the {command} command")
            suite.equal(sorted(completions(bash, command, "-")), sorted(o for o in options if o.startswith("-")),
                        f"bash: claimcheck {command} -<TAB>")
            for option in options:
                for name, text in (("man page", man_text), ("zsh", zsh)):
                    suite.check(re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text),
                                f"{name}: {command} {option}")
        suite.equal(completions(bash, "check", "--format", ""), ["text", "line", "json", "html"],
                    "bash: claimcheck check --format <TAB>")
        suite.equal(completions(bash, "check", "--only", "f"), ["fail"], "bash: claimcheck check --only f<TAB>")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("install")
    suite.run_test(test_install, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# The man page and the bash and zsh completions of claimcheck, made at build time from what
# the built binary's --help says (its command line, defined once with CLI11), so none can drift.
"""Usage: shell_help.py CLAIMCHECK OUTDIR

Writes OUTDIR/claimcheck.1.gz, OUTDIR/claimcheck.bash and OUTDIR/_claimcheck.
"""
import gzip
import pathlib
import re
import subprocess
import sys

ENTRY = re.compile(r"^  (\S.*?)(?:\s{2,}(\S.*))?$")
CHOICES = re.compile(r":\{([^}]*)\}")
NUMBERS = {"N", "BYTES", "SECONDS"}  # values nothing can complete


class Option:
    def __init__(self, head, description):
        words = head.split()
        self.names = words[0].split(",")
        value = []
        for word in words[1:]:  # a value's type, then what CLI11 notes after it
            if word.startswith("(Env:") or word in ("Needs:", "Excludes:"):
                break
            value.append(word)
        self.value = " ".join(value)
        env = re.search(r"\(Env:(\w+)\)", head)
        self.env = env.group(1) if env else None
        self.description = description
        choices = CHOICES.search(self.value)
        self.choices = choices.group(1).split(",") if choices else []
        self.kind = re.split(r"[:=\s]", self.value)[0] if self.value else ""

    @property
    def takes_value(self):
        return bool(self.value)


class Command:
    def __init__(self, text):
        lines = text.rstrip("\n").split("\n")
        self.description = lines[0]
        self.usage = next(line for line in lines if line.startswith("Usage: ")).split(" ", 2)[2]  # after "claimcheck"
        self.options, self.positionals, self.subcommands = [], [], []
        section, last = None, None
        for line in lines[2:]:
            if re.match(r"^\S.*:$", line):
                section = line[:-1]
                continue
            if line.startswith("   ") and last is not None:  # a description below a long head, or its rest
                last.description = (last.description + " " + line.strip()).strip()
                continue
            match = ENTRY.match(line)
            if not match:
                continue
            head, description = match.group(1), match.group(2) or ""
            if section == "Subcommands":
                self.subcommands.append((head, description))
                last = None
            elif section == "Positionals":
                last = Option(head, description)
                self.positionals.append(last)
            else:
                last = Option(head, description)
                self.options.append(last)


def help_of(binary, *command):
    out = subprocess.run([binary, *command, "--help"], capture_output=True, text=True, check=True).stdout
    # The usage line names the binary as it was run: claimcheck, wherever it was built.
    return re.sub(r"^Usage: \S+", "Usage: claimcheck", out, flags=re.M)


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def option_roff(option):
    names = ", ".join(f"\\fB{roff(n)}\\fR" for n in option.names)
    value = f" \\fI{roff(option.value)}\\fR" if option.value else ""
    env = f" (environment: \\fB{option.env}\\fR)" if option.env else ""
    return f".TP\n{names}{value}\n{roff(option.description)}{env}\n"


def man_page(top, commands, version):
    out = [f'.TH CLAIMCHECK 1 "" "claimcheck {version}" "User Commands"\n',
           ".SH NAME\n", f"claimcheck \\- {roff(top.description.split(': ', 1)[-1])}\n",
           ".SH SYNOPSIS\n"]
    for name, command in commands.items():
        out.append(f".B claimcheck\n{roff(command.usage)}\n.br\n")
    out.append(".SH DESCRIPTION\n")
    out.append("claimcheck checks each numeric claim of a news article, written as a rule in the "
               "\\fI.claims\\fR language next to the counts it rests on, with exact arithmetic, and "
               "reports pass, warn, fail, unverifiable or error for each.\n")
    out.append(".SH OPTIONS\n")
    out.extend(option_roff(o) for o in top.options)
    out.append(".SH COMMANDS\n")
    for name, command in commands.items():
        out.append(f'.SS "{roff(command.usage)}"\n{roff(command.description)}\n')
        out.extend(option_roff(o) for o in command.positionals + command.options)
    out.append(".SH FILES\n.TP\n\\fIclaimcheck.toml\\fR\nThe project's settings, found in the inputs' "
               "directory or above it; \\fBclaimcheck init\\fR writes a commented one.\n"
               ".TP\n\\fI/usr/share/claimcheck/rules\\fR\nThe house style (\\fIhouse\\-style.claims\\fR), "
               "under the install prefix.\n")
    out.append(".SH \"EXIT STATUS\"\n0: nothing failed. 1: a claim failed or had an error (or missed its "
               "expectation, for \\fBtest\\fR). 2: bad input, a bad command line or a limit reached. "
               "3: an internal error.\n")
    out.append(".SH \"SEE ALSO\"\nThe documentation in the source repository: docs/cli.md, docs/language.md.\n")
    return "".join(out)


def value_words(option):
    return " ".join(option.choices)


def bash_completion(top, commands):
    names = " ".join(commands)
    lines = ["# bash completion for claimcheck, made from its --help by packaging/shell_help.py",
             "_claimcheck() {",
             '    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command="" words="" i',
             "    for ((i = 1; i < COMP_CWORD; i++)); do",
             f'        case ${{COMP_WORDS[i]}} in {"|".join(commands)}) command=${{COMP_WORDS[i]}}; break ;; esac',
             "    done",
             '    case "$command $prev" in']
    for name, command in [("", top), *commands.items()]:
        for option in command.options:
            if not option.takes_value:
                continue
            pattern = "|".join(f'"{name} {n}"' for n in option.names)
            if option.choices:
                reply = f'COMPREPLY=($(compgen -W "{value_words(option)}" -- "$cur"))'
            elif option.kind in NUMBERS:
                reply = "COMPREPLY=()"
            else:
                reply = 'COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames'
            lines.append(f"        {pattern}) {reply}; return ;;")
    lines.append("    esac")
    lines.append('    case "$command" in')
    lines.append(f'        "") words="{" ".join(n for o in top.options for n in o.names)} {names}" ;;')
    for name, command in commands.items():
        lines.append(f'        {name}) words="{" ".join(n for o in command.options for n in o.names)}" ;;')
    lines += ["    esac",
              '    if [[ $cur == -* || -z $command ]]; then',
              '        COMPREPLY=($(compgen -W "$words" -- "$cur"))',
              "    else",
              '        COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames',
              "    fi",
              "}",
              "complete -F _claimcheck claimcheck", ""]
    return "\n".join(lines)


def zsh_quote(text):
    return text.replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:")


def zsh_specs(command):
    specs = []
    for option in command.options:
        action = ""
        if option.takes_value:
            what = option.kind or "value"
            if option.choices:
                action = f":{what}:({' '.join(option.choices)})"
            elif option.kind in NUMBERS:
                action = f":{what}: "
            else:
                action = f":{what}:_files"
        for n in option.names:
            many = "*" if "..." in option.value else ""
            specs.append(f"'{many}{n}[{zsh_quote(option.description)}]{action}'")
    if command.positionals:
        specs.append("'*:file:_files'")
    return specs


def zsh_completion(top, commands):
    lines = ["#compdef claimcheck", "# zsh completion for claimcheck, made from its --help by packaging/shell_help.py",
             "_claimcheck() {", "  local curcontext=$curcontext state line", "  local -a commands",
             "  commands=(" + " ".join(f"'{n}:{zsh_quote(c.description)}'" for n, c in commands.items()) + ")",
             "  _arguments -C \\"]
    lines += [f"    {spec} \\" for spec in zsh_specs(top)]
    lines += ["    '1: :->command' '*:: :->args'", "  case $state in",
              "    command) _describe 'command' commands ;;", "    args)", "      case $line[1] in"]
    for name, command in commands.items():
        lines.append(f"        {name}) _arguments " + " ".join(zsh_specs(command)) + " ;;")
    lines += ["      esac ;;", "  esac", "}", '_claimcheck "$@"', ""]
    return "\n".join(lines)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, outdir = sys.argv[1], pathlib.Path(sys.argv[2])
    outdir.mkdir(parents=True, exist_ok=True)
    top = Command(help_of(binary))
    commands = {name: Command(help_of(binary, name)) for name, _ in top.subcommands}
    version = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True).stdout.split()[-1]
    # mtime 0: the same bytes on every build.
    with open(outdir / "claimcheck.1.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                                   filename="") as man:
        man.write(man_page(top, commands, version).encode("utf-8"))
    (outdir / "claimcheck.bash").write_text(bash_completion(top, commands), encoding="utf-8")
    (outdir / "_claimcheck").write_text(zsh_completion(top, commands), encoding="utf-8")


if __name__ == "__main__":
    main()

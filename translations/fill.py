#!/usr/bin/env python3
"""Writes the German and French translations from translations/catalog.py into jobdeck_de.ts and jobdeck_fr.ts.

Run it after lupdate (cmake --build <dir> --target update_translations): every entry whose source text the
catalog knows gets the catalog's translation and loses its "unfinished" mark; entries the catalog does not know
are listed, and the exit status is 1 until they are added to catalog.py. The catalog is keyed by source text,
so a string keeps its translation when code moves it to another class; CONTEXTUAL overrides it where one English
word means different things in different places.

Only the <translation> elements are rewritten, in lupdate's own layout, so a later lupdate run does not churn
the files.
    usage: translations/fill.py [--check] [--unused]
        --check    changes nothing and only reports
        --unused   also lists catalog strings no .ts file asks for any more (candidates for removal)
"""
import html
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import catalog  # noqa: E402  (next to this script)

HERE = pathlib.Path(__file__).resolve().parent
LANGUAGES = {"de": 0, "fr": 1}  # index into the catalog's (German, French) pairs

CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE_RE = re.compile(r"(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT_RE = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION_RE = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.S)


def protect(text):
    """Escapes text the way lupdate writes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;").replace("\u00a0", "&#xa0;"))


def french_spacing(text):
    """French puts a no-break space before : ; ? ! and inside guillemets; the catalog writes plain spaces."""
    text = re.sub(r" ([:;?!])", "\u00a0\\1", text)
    return text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def placeholders(text):
    return sorted(re.findall(r"%(?:n|L?\d+)", text))


def lookup(language, context, source, comment, numerus):
    """The translation (a string, or a tuple of plural forms) for one entry, or None."""
    index = LANGUAGES[language]
    pair = catalog.CONTEXTUAL.get((context, source, comment)) or catalog.CONTEXTUAL.get((context, source))
    if pair is None:
        table = catalog.PLURALS if numerus else catalog.ENTRIES
        pair = table.get((source, comment)) or (table.get(source) if not comment else None)
    if pair is None:
        return None
    value = pair[index]
    if language == "fr":
        value = tuple(map(french_spacing, value)) if isinstance(value, tuple) else french_spacing(value)
    return value


def render(value, indent="        "):
    if isinstance(value, tuple):
        forms = "".join(f"\n{indent}    <numerusform>{protect(form)}</numerusform>" for form in value)
        return f"<translation>{forms}\n{indent}</translation>"
    return f"<translation>{protect(value)}</translation>"


def fill(path, language, write):
    text = path.read_text(encoding="utf-8")
    missing, wrong = [], []

    def fill_context(match):
        context = html.unescape(match.group(1))

        def fill_message(m):
            body = m.group("body")
            source = html.unescape(SOURCE_RE.search(body).group(1))
            comment_match = COMMENT_RE.search(body)
            comment = html.unescape(comment_match.group(1)) if comment_match else None
            numerus = 'numerus="yes"' in m.group("attrs")
            value = lookup(language, context, source, comment, numerus)
            current = TRANSLATION_RE.search(body).group(0)
            if value is None or isinstance(value, tuple) != numerus:
                if 'type="unfinished"' in current or 'type="obsolete"' in current or 'type="vanished"' in current:
                    missing.append((context, source, numerus))
                return m.group(0)
            forms = value if isinstance(value, tuple) else (value,)
            if numerus and len(forms) != 2:
                wrong.append((context, source, "needs exactly two plural forms"))
            for form in forms:
                if placeholders(form) != placeholders(source) and not (
                        numerus and placeholders(form) == [p for p in placeholders(source) if p != "%n"]):
                    wrong.append((context, source, f"placeholders differ in {form!r}"))
            return m.group(1) + body.replace(current, render(value)) + m.group(4)

        return match.group(0).replace(match.group(2), MESSAGE_RE.sub(fill_message, match.group(2)))

    filled = CONTEXT_RE.sub(fill_context, text)
    if write and filled != text:
        path.write_text(filled, encoding="utf-8")
    return missing, wrong


def unused_catalog_entries():
    sources = set()
    for language in LANGUAGES:
        text = (HERE / f"jobdeck_{language}.ts").read_text(encoding="utf-8")
        sources.update(html.unescape(s) for s in SOURCE_RE.findall(text))
    keys = set(catalog.ENTRIES) | set(catalog.PLURALS) | {key[1] for key in catalog.CONTEXTUAL}
    return sorted(key for key in keys if key not in sources)


def main():
    if "--unused" in sys.argv[1:]:
        for source in unused_catalog_entries():
            print(f"unused: {source!r}")
    write = "--check" not in sys.argv[1:]
    missing = {}  # (context, source, numerus) -> languages, to name each missing string once
    status = 0
    for language in LANGUAGES:
        path = HERE / f"jobdeck_{language}.ts"
        untranslated, wrong = fill(path, language, write)
        for key in untranslated:
            missing.setdefault(key, []).append(language)
        for context, source, problem in wrong:
            print(f"{path.name}: [{context}] {source!r}: {problem}", file=sys.stderr)
        status = 1 if untranslated or wrong else status
    for (context, source, numerus), languages in missing.items():
        kind = "PLURALS" if numerus else "ENTRIES"
        print(f"not in catalog.{kind} ({', '.join(languages)}): [{context}] {source!r}", file=sys.stderr)
    if status == 0:
        print("fill.py: every entry of jobdeck_de.ts and jobdeck_fr.ts is translated")
    return status


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Fills translations/jobdeck_en.ts: English needs only its plural forms ("%n application(s)" reads
"1 application" / "2 applications"). Refresh the file first with
    lupdate -locations none -pluralonly -no-obsolete -target-language en src/core src/gui src/app ui -ts translations/jobdeck_en.ts
then run this; it exits 1 naming any plural message it has no forms for."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# source -> (one, many)
FORMS = {
    "%n row(s) have no applied date: they are dated on the day of the import.":
        ("%n row has no applied date: it is dated on the day of the import.",
         "%n rows have no applied date: they are dated on the day of the import."),
    "Nothing was imported: %n row(s) have errors.":
        ("Nothing was imported: %n row has errors.", "Nothing was imported: %n rows have errors."),
    "Dry run: %n application(s) would be imported; nothing was written.":
        ("Dry run: %n application would be imported; nothing was written.",
         "Dry run: %n applications would be imported; nothing was written."),
    "Imported %n application(s).": ("Imported %n application.", "Imported %n applications."),
    "Replace all the data in this database with the contents of '%1' (saved %2, %n application(s))?\n\nThe "
    "current data is backed up first, so this can be undone by restoring that backup.":
        ("Replace all the data in this database with the contents of '%1' (saved %2, %n application)?\n\nThe "
         "current data is backed up first, so this can be undone by restoring that backup.",
         "Replace all the data in this database with the contents of '%1' (saved %2, %n applications)?\n\nThe "
         "current data is backed up first, so this can be undone by restoring that backup."),
    "This database already holds %n application(s). Add the sample pipeline anyway?":
        ("This database already holds %n application. Add the sample pipeline anyway?",
         "This database already holds %n applications. Add the sample pipeline anyway?"),
    "Ranked %n job description(s); select one to see its match.":
        ("Ranked %n job description; select it to see its match.",
         "Ranked %n job descriptions; select one to see its match."),
    "Move %n application(s) to %1": ("Move %n application to %1", "Move %n applications to %1"),
    "Import %n application(s)": ("Import %n application", "Import %n applications"),
    "Imported %n application(s)": ("Imported %n application", "Imported %n applications"),
    "Imported %n application(s) \u2014 Ctrl+Z to undo":
        ("Imported %n application \u2014 Ctrl+Z to undo", "Imported %n applications \u2014 Ctrl+Z to undo"),
    "%n of the imported applications changed since the import (%1); nothing was undone.":
        ("%n of the imported applications changed since the import (%1); nothing was undone.",
         "%n of the imported applications changed since the import (%1); nothing was undone."),
}

path = Path(__file__).with_name("jobdeck_en.ts")
tree = ET.parse(path)
missing = []
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    if source not in FORMS:
        missing.append(source)
        continue
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    for form in FORMS[source]:
        ET.SubElement(translation, "numerusform").text = form
if missing:
    print("fill_en.py: no English plural forms for:\n  " + "\n  ".join(missing), file=sys.stderr)
    sys.exit(1)
ET.indent(tree, space="    ")
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
print("fill_en.py: %d plural messages filled" % len(FORMS))

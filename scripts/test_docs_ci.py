#!/usr/bin/env python3
"""End-to-end test of docs/ci.md: every claimcheck command the CI recipes show is run, as written,
on a copy of the example corpus, and what each writes is checked (SARIF, JUnit, Markdown, GitHub
workflow commands, the baseline round trip, the pre-commit hook). A recipe that drifts from the
CLI fails here, not in a reader's pipeline.

Needs build/release/claimcheck (scripts/test.sh builds it first); skipped without it.
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "build", "release", "claimcheck")
DOC = os.path.join(ROOT, "docs", "ci.md")


def fenced_blocks(text):
    """The fenced code blocks of a Markdown text, as (language, body)."""
    return re.findall(r"^```(\w*)\n(.*?)^```", text, flags=re.M | re.S)


def yaml_run_commands(body):
    """The shell commands of a CI YAML block: `run: >` folded blocks, `run: |` literal blocks,
    `run: cmd` lines and `script:` list items."""
    commands = []
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^(\s*)(?:- )?run: ([>|]?)(.*)$", line)
        if m:
            indent, style, rest = len(m.group(1)), m.group(2), m.group(3).strip()
            if style:
                block = []
                i += 1
                while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
                    stripped = lines[i].strip()
                    if stripped and not stripped.startswith("#"):
                        block.append(stripped)
                    i += 1
                if style == ">":
                    commands.append(" ".join(block))
                else:
                    commands.extend(block)
                continue
            commands.append(rest)
        else:
            m = re.match(r"^\s*- (build/release/claimcheck .*)$", line)
            if m:
                commands.append(m.group(1))
        i += 1
    return commands


@unittest.skipUnless(os.access(BINARY, os.X_OK), "build/release/claimcheck is not built")
class DocsCiRecipes(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(DOC, encoding="utf-8") as f:
            cls.blocks = fenced_blocks(f.read())
        cls.commands = []
        for lang, body in cls.blocks:
            if lang == "yaml":
                cls.commands += [c for c in yaml_run_commands(body) if "claimcheck " in c]
            elif lang in ("sh", "bash"):
                cls.commands += [ln.strip() for ln in body.splitlines()
                                 if "claimcheck " in ln and not ln.strip().startswith("#")]

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="claimcheck-docs-ci-")
        shutil.copytree(os.path.join(ROOT, "examples", "corpus"), os.path.join(self.dir, "corpus"))

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def run_doc_command(self, command):
        """Runs a command as the doc writes it, from the repository root of the recipe (here the
        temporary folder), with `build/release/claimcheck` or a bare `claimcheck` meaning the
        built binary."""
        command = re.sub(r"^(exec )?(build/release/)?claimcheck ", lambda m: (m.group(1) or "") + shlex.quote(BINARY) + " ", command)
        return subprocess.run(["sh", "-c", command], cwd=self.dir, capture_output=True, text=True, timeout=300)

    def doc_commands(self, *needles):
        found = [c for c in self.commands if all(n in c for n in needles)]
        self.assertTrue(found, f"docs/ci.md shows no command with {needles}")
        return found

    def test_the_doc_has_recipes_for_github_gitlab_and_pre_commit(self):
        self.assertGreaterEqual(len(self.commands), 4, self.commands)
        with open(DOC, encoding="utf-8") as f:
            text = f.read()
        for heading in ("GitHub Actions", "GitLab CI", "pre-commit"):
            self.assertIn(heading, text)

    def test_github_actions_recipe_writes_annotations_sarif_and_summary(self):
        command = self.doc_commands("--format github", "sarif=")[0]
        r = self.run_doc_command(command)
        self.assertEqual(r.returncode, 1, r.stderr)  # the example corpus has planted conflicts
        errors = [ln for ln in r.stdout.splitlines() if ln.startswith("::error file=corpus/")]
        self.assertGreaterEqual(len(errors), 2, r.stdout[:2000])
        sarif_name = re.search(r"sarif=(\S+)", command).group(1)
        with open(os.path.join(self.dir, sarif_name), encoding="utf-8") as f:
            sarif = json.load(f)
        self.assertEqual(sarif["version"], "2.1.0")
        results = sarif["runs"][0]["results"]
        conflicts = [x for x in results if x["level"] == "error"]
        self.assertGreaterEqual(len(conflicts), 2)
        for x in conflicts:
            loc = x["locations"][0]["physicalLocation"]
            self.assertTrue(loc["artifactLocation"]["uri"].startswith("corpus/"), loc)
            self.assertIn("claimcheck/v1", x["partialFingerprints"])
        md_name = re.search(r"markdown=(\S+)", command).group(1)
        md = open(os.path.join(self.dir, md_name), encoding="utf-8").read()
        self.assertLess(len(md.encode("utf-8")), 65536)
        self.assertIn("conflict", md.lower())

    def test_gitlab_recipe_writes_a_junit_report_that_fails_the_conflicting_articles(self):
        command = self.doc_commands("junit=")[0]
        r = self.run_doc_command(command)
        self.assertEqual(r.returncode, 1, r.stderr)
        junit_name = re.search(r"junit=(\S+)", command).group(1)
        root = ET.parse(os.path.join(self.dir, junit_name)).getroot()
        cases = root.findall(".//testcase")
        summary = json.loads(self.run_doc_command("claimcheck check corpus/ --format json --fail-on never").stdout)["summary"]
        self.assertEqual(len(cases), summary["articles"])  # one test case per article
        self.assertEqual(len({c.get("name") for c in cases}), len(cases))
        failed = [c for c in cases if c.find("failure") is not None]
        self.assertGreaterEqual(len(failed), 1)
        self.assertEqual(int(root.get("failures")), len(failed))

    def test_pre_commit_hook_refuses_a_corpus_with_a_conflict(self):
        hook = self.doc_commands("exec ")[0]
        self.assertEqual(self.run_doc_command(hook).returncode, 1)

    def test_baseline_recipe_accepts_the_existing_conflicts(self):
        create = self.doc_commands("baseline create")[0]
        r = self.run_doc_command(create)
        self.assertEqual(r.returncode, 0, r.stderr)
        baseline = re.search(r"--baseline (\S+)", create).group(1)
        self.assertTrue(os.path.exists(os.path.join(self.dir, baseline)))
        r = self.run_doc_command(f"claimcheck check corpus/ --baseline {baseline}")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertRegex(r.stdout, r"\d+ baselined")


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/env python3
"""Builds Jobdeck's labelled evaluation set from roles.py, deterministically (fixed seed):
resumes.jsonl (one per line: id, role, text), jds.jsonl (id, role, text) and labels.csv
(resume_id, jd_id, fit). A resume fits a job description when both are for the same role; every other
pair is a no-fit, including the near misses inside one family (backend vs devops, recruiter vs HRBP).

The texts look like the real thing on purpose: job ads wrap a few requirement lines in company
boilerplate and benefits, use different spellings of one skill than the resumes do (k8s / Kubernetes),
and mention tools of neighbouring roles."""
import csv
import json
import os
import random

from roles import BENEFITS, BOILERPLATE, HEADLINES, RESUME_FILLER, ROLES, TITLES

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260131
JDS_PER_ROLE = 5        # 21 roles -> 105 job descriptions
RESUMES_PER_ROLE = 2    # -> 42 resumes


def pick_skills(rng, role, count, formal=False):
    """Job ads tend to spell a skill out (the first spelling); people use any of its spellings."""
    skills = ROLES[role][1]
    chosen = rng.sample(skills, min(count, len(skills)))
    return [spellings[0] if formal and rng.random() < 0.7 else rng.choice(spellings) for spellings in chosen]


def neighbour(rng, role):
    family = ROLES[role][0]
    others = [r for r in ROLES if r != role and ROLES[r][0] == family]
    return rng.choice(others) if others else rng.choice([r for r in ROLES if r != role])


def job_description(rng, role):
    title = rng.choice(TITLES[role])
    duties = rng.sample(ROLES[role][2], 3)
    required = pick_skills(rng, role, rng.randint(3, 5), formal=True)
    nice = pick_skills(rng, neighbour(rng, role), 2, formal=True)  # a neighbouring role's tools as nice-to-haves
    parts = rng.sample(BOILERPLATE, 3) + [
             f"We are hiring a {title} to join our growing team.",
             "What you will do:"]
    parts += [f"- {d.capitalize()}." for d in duties]
    parts.append("Requirements:")
    parts += [f"- {rng.randint(2, 6)}+ years of experience with {s}." if i == 0 else f"- Experience with {s}."
              for i, s in enumerate(required)]
    parts.append("Nice to have: " + " and ".join(nice) + ".")
    parts += [rng.choice(BENEFITS), rng.choice(BOILERPLATE)]
    return "\n".join(parts)


def resume(rng, role):
    # Half the resumes open with a title, the others with a headline that could fit anyone.
    opening = f"{rng.choice(TITLES[role])} with {rng.randint(2, 12)} years of experience." if rng.random() < 0.5 \
        else rng.choice(HEADLINES)
    skills = pick_skills(rng, role, rng.randint(3, 6))
    near = neighbour(rng, role)
    side = pick_skills(rng, near, 2) + pick_skills(rng, rng.choice([r for r in ROLES if r != role]), 1)
    skill_line = skills + side
    rng.shuffle(skill_line)
    duties = rng.sample(ROLES[role][2], 2) + rng.sample(ROLES[near][2], 1)
    parts = [opening, "Skills: " + ", ".join(skill_line) + ".", "Experience:"]
    parts += [f"- {d.capitalize()} using {rng.choice(skill_line)}." for d in duties]
    parts += rng.sample(RESUME_FILLER, 4)
    return "\n".join(parts)


def main():
    rng = random.Random(SEED)
    jds, resumes = [], []
    for role in ROLES:
        for _ in range(JDS_PER_ROLE):
            jds.append({"id": f"jd{len(jds) + 1:03d}", "role": role, "family": ROLES[role][0],
                        "text": job_description(rng, role)})
        for _ in range(RESUMES_PER_ROLE):
            resumes.append({"id": f"cv{len(resumes) + 1:02d}", "role": role, "family": ROLES[role][0],
                            "text": resume(rng, role)})
    rng.shuffle(jds)
    with open(os.path.join(HERE, "jds.jsonl"), "w", encoding="utf-8") as f:
        for jd in jds:
            f.write(json.dumps(jd, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "resumes.jsonl"), "w", encoding="utf-8") as f:
        for r in resumes:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["resume_id", "jd_id", "fit"])
        for r in resumes:
            for jd in jds:
                out.writerow([r["id"], jd["id"], int(r["role"] == jd["role"])])
    families = sorted({ROLES[r][0] for r in ROLES})
    print(f"{len(resumes)} resumes, {len(jds)} job descriptions, {len(ROLES)} roles in {len(families)} families: "
          + ", ".join(families))


if __name__ == "__main__":
    main()

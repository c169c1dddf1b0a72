#!/usr/bin/env python3
"""gen_draft: writes the drafting benchmark's inputs into a directory. THE NUMBERS
ARE RANDOM: the district of Hartwell, its wards and every figure are invented.

    bench/draft/gen_draft.py DIR [--table-mb N] [--seed S]

Writes, in DIR:
  figures.claims  300 figures: 105 quantities (20 wards and the district, times 5
                  measures, e.g. `thefts_from.northfield.2023`), 90 of them in three
                  periods (2021, 2022, 2023) and 15 in two; labels on about half
  data.claims     the same figures and `table crimes from "crimes.csv"` with its columns
  crimes.csv      crimes by ward, month (2022-01 to 2023-12) and category, integer
                  counts; N MB (10^6 bytes, at most; default 50)
  article.txt     a 2,000-word article, written from templates, stating about 100
                  numbers: figures, changes between periods, shares, rates per week
                  or day, sums and ratios; about one in seven is wrong on purpose

Deterministic: Python's random.Random seeded with --seed (default 2023), so the
same options give the same bytes with any Python 3. The CSV is a block of random
rows (about 4 MB) written over and over, then cut at the last whole row that fits.
"""
import argparse
import os
import random
import sys

WARDS = ["Northfield", "Southgate", "Riverside", "Eastbridge", "Westmoor", "Highcliffe", "Oakley",
         "Ashford Green", "Millbrook", "Kingsway", "Abbey", "Castle", "Hillside", "Brookfield",
         "Fairview", "Larkhill", "Moorside", "Parkside", "Stonebridge", "Wellington"]
# name, words for it, typical yearly count in a ward
MEASURES = [("thefts_from", "thefts from vehicles", 900),
            ("thefts_of", "thefts of vehicles", 200),
            ("burglary", "burglaries", 450),
            ("damage", "criminal damage offences", 600),
            ("shoplifting", "shoplifting offences", 700)]
YEARS = [2021, 2022, 2023]
CATEGORIES = ["Theft from vehicle", "Theft of vehicle", "Burglary", "Criminal damage", "Shoplifting",
              "Violence, with injury", "Violence, without injury", "Robbery", "Drugs", "Public order"]


def key(ward):
    return ward.lower().replace(" ", "_")


def spell(n):
    return f"{n:,}"


class Data:
    def __init__(self, rng):
        self.v = {}  # (area key, measure, year) -> value; area "district" is the sum of the wards
        for m, _, typical in MEASURES:
            for w in WARDS:
                base = rng.randint(typical // 3, typical * 5 // 3)
                for y in YEARS:
                    self.v[(key(w), m, y)] = base
                    base = max(5, round(base * rng.uniform(0.8, 1.45)))
            for y in YEARS:
                self.v[("district", m, y)] = sum(self.v[(key(w), m, y)] for w in WARDS)
        # 15 ward quantities have no 2021 figure: 90 x 3 + 15 x 2 = 300 figures
        quantities = [(key(w), m) for w in WARDS for m, _, _ in MEASURES]
        self.two_periods = set(rng.sample(quantities, 15))

    def has(self, area, m, y):
        return (area, m, y) in self.v and not (y == 2021 and (area, m) in self.two_periods)

    def figures(self, rng):
        words = dict((m, t) for m, t, _ in MEASURES)
        names = {key(w): w for w in WARDS}
        names["district"] = "Hartwell district"
        lines, count = [], 0
        for m, _, _ in MEASURES:
            lines.append(f"\n# {words[m].capitalize()}")
            for area in ["district"] + [key(w) for w in WARDS]:
                for y in YEARS:
                    if not self.has(area, m, y):
                        continue
                    line = f"let {m}.{area}.{y} = {spell(self.v[(area, m, y)])} during {y}"
                    if rng.random() < 0.5:
                        line += f' label "{words[m]} recorded in {names[area]}"'
                    lines.append(line)
                    count += 1
        assert count == 300, count
        return lines


TABLE = """
# Recorded crimes by ward, month and category, 2022 and 2023
table crimes from "crimes.csv":
  column ward text
  column month date
  column category text
  column count integer
"""

HEADER = """# The drafting benchmark's data (bench/draft/gen_draft.py, seed {seed}): recorded
# crime in the wards of Hartwell district, 2021 to 2023. Hartwell, its wards and
# every figure here are invented; the numbers are random.
source hartwell_police "Hartwell Neighbourhood Policing, recorded crime by ward, 2021 to 2023 (fictional)"
"""


def write_csv(path, size, rng):
    rows = []
    months = [f"{y}-{m:02d}" for y in (2022, 2023) for m in range(1, 13)]
    for _ in range(100_000):
        category = rng.choice(CATEGORIES)
        category = f'"{category}"' if "," in category else category
        rows.append(f"{rng.choice(WARDS)},{rng.choice(months)},{category},{rng.randint(1, 60)}\n")
    block = "".join(rows).encode()
    header = b"ward,month,category,count\n"
    with open(path, "wb") as f:
        f.write(header)
        left = size - len(header)
        while left >= len(block):
            f.write(block)
            left -= len(block)
        cut = block.rfind(b"\n", 0, left) + 1  # the last whole row that fits
        f.write(block[:cut])


# Fraction words for a rise (lower bound inclusive, upper exclusive)
RISE_WORDS = [(0.20, 0.25, "a rise of more than a fifth"), (0.25, 1 / 3, "up by more than a quarter"),
              (1 / 3, 0.40, "a rise of more than a third"), (0.45, 0.50, "an increase of nearly a half"),
              (0.50, 0.60, "up by more than half"), (1.0, 9.0, "more than doubling")]
FILLER = [
    "Residents at a packed meeting in the community centre said the figures matched what they saw on their own streets.",
    "The neighbourhood policing team said patrols had been moved to the evenings, when most of the offences took place.",
    "A council spokesperson said the authority was working closely with the police and with local businesses.",
    "Shopkeepers on the high street told this paper that they no longer report every incident because so few lead to arrests.",
    "The force said that better recording explained part of the change, and that some offences had genuinely become more common.",
    "Community groups have asked for more street lighting and for the return of the ward's dedicated officer.",
    "Insurers say that claims for stolen cars and vans have risen across the region, not only in Hartwell.",
    "The police and crime commissioner is due to publish a new plan for the district in the spring.",
    "Councillors from all parties agreed that the figures should be discussed again at the next full council meeting.",
    "Officers urged residents to keep keys away from front doors and to register bicycles and tools with the free scheme.",
    "Victim support workers said that many people who had been burgled were still afraid to leave their homes empty.",
    "The ward's councillor said she would press for the closed police front counter to reopen on weekday evenings.",
    "A local head teacher said pupils had been warned about walking home alone after dark through the park.",
    "Neighbourhood watch coordinators said more residents had joined their groups since the autumn than in any year before.",
    "Police said a small number of repeat offenders were behind a large share of the thefts in the area.",
    "Traders said they had spent heavily on cameras and shutters, and that the cost was hard to bear.",
    "The force said it would publish the outcomes of the offences, including how many led to a charge, later this year.",
    "Several residents said they had stopped parking on the street and now pay for a space in a private car park.",
    "A spokesperson for the local bus company said drivers had been asked to report anything suspicious at the depot.",
    "Officers said that most of the offences were committed between six in the evening and midnight.",
]
SETTING = [
    "{w} is a mostly residential ward, with a busy shopping parade along its main road.",
    "{w} sits on the edge of the town centre, between the ring road and the railway line.",
    "Much of {w} is terraced housing, with few driveways and many cars parked on the street.",
    "{w} has seen new housing estates built on former farmland over the past decade.",
    "The ward of {w} includes the retail park and the large supermarket by the bypass.",
    "{w} is one of the quieter wards in the district, with a large share of older residents.",
]


class Article:
    def __init__(self, data, rng):
        self.d, self.rng = data, rng
        self.numbers = 0
        self.wrong = 0

    def maybe_wrong(self, value, scale=1.0):
        """The value, or about one time in seven a wrong one (off by 8% to 30%)."""
        if self.rng.random() < 1 / 7:
            self.wrong += 1
            factor = self.rng.choice([-1, 1]) * self.rng.uniform(0.08, 0.30)
            return value * (1 + factor) if isinstance(value, float) else max(1, round(value * (1 + factor)))
        return value

    def figure(self, area, name, m, words, y):
        v = self.maybe_wrong(self.d.v[(area, m, y)])
        self.numbers += 1
        return self.rng.choice([
            f"Officers recorded {spell(v)} {words} in {name} during {y}.",
            f"In {y}, {name} had {spell(v)} {words}, according to the force's figures.",
            f"There were {spell(v)} {words} in {name} in {y}.",
            f"Police figures show {spell(v)} {words} in {name} over {y}.",
        ])

    def change(self, area, name, m, words, y0, y1):
        a, b = self.d.v[(area, m, y0)], self.d.v[(area, m, y1)]
        c = (b - a) / a
        self.numbers += 2
        v = self.maybe_wrong(b)
        phrase = next((p for lo, hi, p in RISE_WORDS if lo <= c < hi), None)
        if phrase is None or self.rng.random() < 0.5:
            pct = round(abs(self.maybe_wrong(c)) * 100)
            phrase = (f"up {pct}% on {y0}" if c >= 0 else f"down {pct}% on {y0}") if self.rng.random() < 0.5 \
                else (f"a rise of {pct}% on the year before" if c >= 0 else f"a fall of {pct}% on the year before")
        return self.rng.choice([
            f"{name} recorded {spell(v)} {words} in {y1}, {phrase}.",
            f"The number of {words} in {name} reached {spell(v)} in {y1}, {phrase}.",
        ])

    def share(self, area, name, m, words, y):
        s = self.d.v[(area, m, y)] / self.d.v[("district", m, y)]
        self.numbers += 1
        s = self.maybe_wrong(s)
        n = round(1 / s) if s > 0 else 0
        if 3 <= n <= 12 and abs(1 / n - s) < 0.004 and self.rng.random() < 0.5:
            ordinal = {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                       10: "ten", 11: "eleven", 12: "twelve"}[n]
            return f"About one in {ordinal} of the district's {words} in {y} were in {name}."
        return f"{name} accounted for {round(s * 100)}% of all {words} in Hartwell district in {y}."

    def rate(self, area, name, m, words, y):
        v = self.d.v[(area, m, y)]
        self.numbers += 1
        if v * 7 / 365 >= 4 or self.rng.random() < 0.5:
            r = self.maybe_wrong(v * 7 / 365)
            return self.rng.choice([f"That works out at about {round(r)} {words} a week.",
                                    f"That is roughly {round(r)} {words} every week of {y}."])
        r = self.maybe_wrong(v / 365)
        return f"On an average day in {y} there were {r:.1f} {words}."

    def total(self, area, name, y):
        v = self.d.v[(area, "thefts_from", y)] + self.d.v[(area, "thefts_of", y)]
        self.numbers += 1
        return f"Together with thefts of vehicles, that took the ward's total to {spell(self.maybe_wrong(v))} vehicle crimes in {y}."

    def ratio(self, a, an, b, bn, m, words, y):
        if self.d.v[(a, m, y)] < self.d.v[(b, m, y)]:
            a, an, b, bn = b, bn, a, an
        r = self.d.v[(a, m, y)] / self.d.v[(b, m, y)]
        self.numbers += 1
        r = self.maybe_wrong(r)
        if 1.9 <= r < 2.1:
            return f"{an} had about twice as many {words} as {bn} in {y}."
        if 2.9 <= r < 3.1:
            return f"{an} had about three times as many {words} as {bn} in {y}."
        return f"{an} recorded {r:.1f} times as many {words} as {bn} in {y}."

    def write(self):
        rng, d = self.rng, self.d
        words = {m: t for m, t, _ in MEASURES}
        paras = ["Crime rises across Hartwell as vehicle thefts and shoplifting climb"]
        intro = ["Recorded crime rose in most of Hartwell's twenty wards last year, police figures released this week show."]
        for m, _, _ in MEASURES[:3]:
            intro.append(self.change("district", "Hartwell district", m, words[m], 2022, 2023))
        intro.append(self.rate("district", "Hartwell district", "burglary", "burglaries", 2023))
        paras.append(" ".join(intro))
        fill = list(FILLER)
        rng.shuffle(fill)
        wards = list(WARDS)
        rng.shuffle(wards)
        for i, w in enumerate(wards):
            k = key(w)
            kind = i % 3
            ms = rng.sample(MEASURES[2:] if kind == 1 else MEASURES, 3)
            s = [rng.choice(SETTING).format(w=w), self.figure(k, w, ms[0][0], ms[0][1], 2023)]
            y0 = 2021 if d.has(k, ms[1][0], 2021) and rng.random() < 0.3 else 2022
            s.append(self.change(k, w, ms[1][0], ms[1][1], y0, 2023))
            s.append(self.share(k, w, ms[2][0], ms[2][1], 2023))
            if kind == 0:
                s.append(self.rate(k, w, ms[0][0], ms[0][1], 2023))
            elif kind == 1:
                s.append(self.figure(k, w, "thefts_from", "thefts from vehicles", 2023))
                s.append(self.total(k, w, 2023))
            else:
                other = wards[(i + 1) % len(wards)]
                s.append(self.ratio(k, w, key(other), other, ms[2][0], ms[2][1], 2023))
            s.append(fill[i % len(fill)])
            paras.append(" ".join(s))
        paras.append("Not every ward saw a rise. In several, officers said, a handful of arrests had made a "
                     "visible difference within weeks, and residents there said they felt safer than they had for "
                     "years. The force has promised to share what worked with the other wards, and to meet "
                     "community groups in each of them before the summer. Campaigners said they would watch "
                     "the next quarter's figures closely, and that the district could not afford another year "
                     "like this one.")
        paras.append("The full figures for every ward are published on the force's website, and the police and "
                     "crime panel will examine them at its next meeting.")
        return "\n\n".join(paras) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir")
    parser.add_argument("--table-mb", type=float, default=50, help="size of crimes.csv in MB (10^6 bytes; default 50)")
    parser.add_argument("--seed", type=int, default=2023)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    rng = random.Random(args.seed)
    data = Data(rng)
    figures = HEADER.format(seed=args.seed) + "\n".join(data.figures(rng)) + "\n"
    with open(os.path.join(args.dir, "figures.claims"), "w") as f:
        f.write(figures)
    with open(os.path.join(args.dir, "data.claims"), "w") as f:
        f.write(figures + TABLE)
    article = Article(data, rng)
    text = article.write()
    with open(os.path.join(args.dir, "article.txt"), "w") as f:
        f.write(text)
    write_csv(os.path.join(args.dir, "crimes.csv"), int(args.table_mb * 10**6), random.Random(args.seed + 1))
    print(f"gen_draft: 300 figures; article of {len(text.split())} words stating about {article.numbers} numbers "
          f"({article.wrong} wrong on purpose); crimes.csv {os.path.getsize(os.path.join(args.dir, 'crimes.csv')):,} bytes",
          file=sys.stderr)


if __name__ == "__main__":
    main()

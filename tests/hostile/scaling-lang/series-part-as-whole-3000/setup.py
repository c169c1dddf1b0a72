# 3,000 failing checks of single figures of one series of 3,000 days back to back: the
# diagnosis looks for the day next to each whose sum was stated, in an index by span.
import datetime
import pathlib

start = datetime.date(2000, 1, 1)
day = [(start + datetime.timedelta(days=i)).isoformat() for i in range(3000)]
lines = [f"let s.d{i:04} = {100 + i % 50} during {day[i]}" for i in range(3000)]
lines.append('claim days in "a.txt":')
lines += [f"  check s.d{i:04} is {200 + (i + 1) % 50 + i % 50}" for i in range(3000)]
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")

# An HTML article of 200,000 nested elements (gumbo's time grows with the square of the
# depth: minutes): refused at the element past 1000 deep, before it is parsed.
open("a.html", "w").write("<div><span>" * 200000 + "rose by 5% in all")
open("main.claims", "w").write('let a = 100\nlet b = 105\nclaim c in "a.html":\n  quote "rose by 5% in all"\n'
                               '  check change(a, b) is 5%\n')

# A 16 MiB HTML article of tags and entities around the quote, a huge attribute, NUL
# bytes and invalid UTF-8 (and no number but the quote's): read, mapped and located within the limits.
chunk = '<p class="x">R&amp;D <b>&pound;&nbsp;fees</b> &#8364; caf&eacute; &bogus; \x00\xff</p>\n'
body = chunk * ((15 << 20) // len(chunk))
page = "<html><head><title>t</title></head><body>" + body + '<p title="' + "y" * 100000 + '">rose by <em>5%</em> in all</p>'
open("a.html", "w", encoding="latin-1").write(page)
open("main.claims", "w").write('let a = 100\nlet b = 105\nclaim c in "a.html":\n  quote "rose by 5% in all"\n'
                               '  check change(a, b) is 5%\n')

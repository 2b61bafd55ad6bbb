"""People, pupils and table renderers for the tuning5 personal-data corpus."""

import datetime
import random
import re
from xml.sax.saxutils import escape as xesc

import ukids

STAFF_DOMAIN = "school.example"
PUPIL_DOMAIN = "students.school.example"

# key -> (first, last, role)
STAFF = {
    "dobson": ("Claire", "Dobson", "Data Manager"),
    "achebe": ("Femi", "Achebe", "Head of Year 7"),
    "ruddock": ("Janet", "Ruddock", "SENCo"),
    "morland": ("Paul", "Morland", "Deputy Headteacher"),
    "sheikh": ("Nadia", "Sheikh", "Designated Safeguarding Lead"),
    "brennan": ("Siobhan", "Brennan", "School Business Manager"),
    "hale": ("Robert", "Hale", "Headteacher"),
    "varley": ("Emma", "Varley", "Exams Officer"),
    "tran": ("Minh", "Tran", "Network Manager"),
    "okoye": ("Chidi", "Okoye", "PE teacher"),
    "lister": ("Kath", "Lister", "Finance Officer"),
    "pearce": ("Dean", "Pearce", "Head of Sixth Form"),
    "wozniak": ("Agata", "Wozniak", "Attendance Officer"),
    "holloway": ("Sam", "Holloway", "Geography teacher"),
    "mcbride": ("Fiona", "McBride", "School Nurse"),
    "gill": ("Harjit", "Gill", "Trips Coordinator"),
    "ashworth": ("Lynne", "Ashworth", "HR Manager"),
    "fenton": ("Greg", "Fenton", "Year 10 tutor"),
    "nowicki": ("Ola", "Nowicki", "Teaching Assistant"),
    "blake": ("Imogen", "Blake", "Music teacher"),
    "kaur": ("Simran", "Kaur", "Reception office"),
    "price": ("Alun", "Price", "Deputy DSL"),
    "whitlock": ("Ben", "Whitlock", "Year 4 teacher"),
    "osullivan": ("Maeve", "O'Sullivan", "Assistant Head (Inclusion)"),
    "dunne": ("Terry", "Dunne", "Site Manager"),
    "rahman": ("Tahmina", "Rahman", "Careers Adviser"),
    "castle": ("Vicky", "Castle", "Clerk to Governors"),
    "murray": ("Iain", "Murray", "Head of Maths"),
    "bello": ("Kemi", "Bello", "Pastoral Manager"),
    "frost": ("Helen", "Frost", "Admissions Officer"),
}


def staff(key):
    f, l, _ = STAFF[key]
    local = "%s.%s" % (f[0].lower(), re.sub(r"[^a-z]", "", l.lower()))
    return ("%s@%s" % (local, STAFF_DOMAIN), "%s %s" % (f, l))


def staff_alt(key):
    """firstname.lastname form used by a few newer accounts"""
    f, l, _ = STAFF[key]
    return ("%s.%s@%s" % (f.lower(), re.sub(r"[^a-z]", "", l.lower()), STAFF_DOMAIN), "%s %s" % (f, l))


def role(key):
    return STAFF[key][2]


def sig(key, short=False):
    f, l, r = STAFF[key]
    if short:
        return "%s" % f
    return "%s %s\n%s" % (f, l, r)


def pupil_addr(first, last, year=2019):
    return ("%d%s%s@%s" % (year % 100, re.sub(r"[^a-z]", "", last.lower()), first[0].lower(), PUPIL_DOMAIN),
            "%s %s" % (first, last))


def ext(addr, name=None):
    return (addr, name)


FIRST_F = ["Olivia", "Amelia", "Isabella", "Ava", "Freya", "Maisie", "Evie", "Grace", "Lily", "Ivy", "Aisha",
           "Zara", "Hollie", "Niamh", "Imani", "Fatima", "Erin", "Layla", "Phoebe", "Scarlett", "Aleksandra",
           "Keira", "Summer", "Holly", "Jessica", "Anaya", "Maya", "Elsie", "Bethany", "Roksana", "Chantelle",
           "Lacey", "Nia", "Mollie", "Priyanka"]
FIRST_M = ["Jack", "Harry", "Noah", "Leo", "Oscar", "Archie", "Theo", "Muhammad", "George", "Arthur", "Kai",
           "Reuben", "Dylan", "Mason", "Riley", "Jacob", "Charlie", "Toby", "Ibrahim", "Lewis", "Mateo",
           "Harvey", "Yusuf", "Rory", "Bailey", "Ollie", "Tomasz", "Jamal", "Finn", "Stanley", "Kian", "Eshan",
           "Brandon", "Connor", "Declan"]
FIRST = FIRST_F + FIRST_M
LAST = ["Ahmed", "Barnes", "Cartwright", "Davies", "Edwards", "Fletcher", "Gordon", "Hussain", "Iqbal",
        "Jenkins", "Kowalczyk", "Lawson", "Mahmood", "Newton", "O'Brien", "Parkinson", "Quinn",
        "Robinson", "Shaw", "Taylor", "Underwood", "Vaughan", "Walsh", "Young", "Zielinski", "Akhtar",
        "Bennett", "Collins", "Dawson", "Ellis", "Foster", "Gray", "Holt", "Islam", "Jones", "Kelly",
        "Lord", "Marsden", "Nicholls", "Oakley", "Pollard", "Riley", "Stevens", "Thornber", "Uddin",
        "Wood", "Yates", "Adeyemi", "Brook", "Chapman", "Dixon", "Evans", "Fraser", "Greenwood",
        "Hartley", "Ingram", "Khan", "Lambert", "Murphy", "Norris", "Owusu", "Patel", "Rowe", "Singh",
        "Tomlinson", "Wright", "Szymanski", "Begum", "McCann", "Hollis", "Nwachukwu", "Sutcliffe"]

FORMS = {7: ["7A", "7B", "7C", "7D"], 8: ["8A", "8B", "8C"], 9: ["9H", "9K", "9M"], 10: ["10R", "10S", "10T"],
         11: ["11W", "11X", "11Y"], 12: ["12P", "12Q"], 13: ["13P", "13Q"], 4: ["Oak", "Ash"], 5: ["Elm", "Rowan"],
         6: ["Willow", "Hazel"], 3: ["Beech", "Birch"], 2: ["Lime"], 1: ["Cedar"]}

# 2026/27 academic year: Year N born 1 Sep (2021 - N) .. 31 Aug (2022 - N)
def dob_range(year_group):
    start = datetime.date(2021 - year_group, 9, 1)
    end = datetime.date(2022 - year_group, 8, 31)
    return start, end


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d, style="dmy"):
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy2":
        return d.strftime("%d/%m/%y")
    if style == "dotted":
        return "%d.%d.%s" % (d.day, d.month, d.strftime("%y"))
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "ord":
        return "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1][:3], d.year)
    if style == "dmon":
        return d.strftime("%d-%b-%Y")
    if style == "dmony":
        return d.strftime("%d-%b-%y")
    if style == "dash":
        return "%d-%d-%d" % (d.day, d.month, d.year)
    raise ValueError(style)


class Kid:
    def __init__(self, ctx, first, last, year, rng):
        self.ctx = ctx
        self.first = first
        self.last = last
        self.year = year
        s, e = dob_range(year)
        self.dob = s + datetime.timedelta(days=rng.randrange((e - s).days + 1))
        rng.random()
        self.gender = "F" if first in FIRST_F else "M"
        self.form = rng.choice(FORMS.get(year, ["%dX" % year]))
        self._rng = random.Random("%s/%s/%s" % (ctx.key, first, last))
        self._upn = self._uln = self._nhs = None
        self.temp_upn = False

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def sname(self):
        return "%s, %s" % (self.last.upper(), self.first)

    @property
    def upn(self):
        if self._upn is None:
            self._upn = ukids.make_upn(self._rng, la=self.ctx.la_for(self._rng), temporary=self.temp_upn,
                                       year=(2026 - self.year + self._rng.choice([0, 0, 0, 1, -1])) % 100)
            self.ctx.record("upn", self._upn)
        return self._upn

    @property
    def uln(self):
        if self._uln is None:
            self._uln = ukids.make_uln(self._rng)
            self.ctx.record("uln", self._uln)
        return self._uln

    @property
    def nhs(self):
        if self._nhs is None:
            self._nhs = ukids.make_nhs(self._rng)
            self.ctx.record("nhs", self._nhs)
        return self._nhs

    def nhsf(self, style="334"):
        return ukids.fmt_nhs(self.nhs, style)

    def d(self, style="dmy"):
        return fmt_date(self.dob, style)


class Ctx:
    """Per-message context: deterministic rng and a record of identifiers used."""

    def __init__(self, key, record=True):
        self.key = key
        self.rng = random.Random("tuning5/" + key)
        self.ids = []
        self._record = record
        self._names = set()
        self.home_la = 855

    def record(self, kind, value):
        if self._record:
            self.ids.append((kind, value))

    def la_for(self, rng):
        return self.home_la if rng.random() < 0.6 else rng.choice(ukids.LA_CODES)

    def kid(self, year, gender=None):
        while True:
            f = self.rng.choice({"F": FIRST_F, "M": FIRST_M}.get(gender, FIRST))
            l = self.rng.choice(LAST)
            if (f, l) not in self._names and f not in {n[0] for n in self._names}:
                self._names.add((f, l))
                return Kid(self, f, l, year, self.rng)

    def kids(self, n, year, sort=True, temp_upns=0):
        ks = [self.kid(year) for _ in range(n)]
        for k in ks[:temp_upns]:
            k.temp_upn = True
        if sort:
            ks.sort(key=lambda k: (k.last, k.first))
        return ks

    ADULT_F = ["Karen", "Joanne", "Lisa", "Agnieszka", "Sharon", "Donna", "Leanne", "Ruth", "Claire", "Hannah",
               "Sonia", "Dawn", "Michelle", "Tracey", "Bushra", "Kirsty"]
    ADULT_M = ["Steven", "Mohammed", "Darren", "Paul", "Nikhil", "Wayne", "Gavin", "Adebayo", "Mark", "Rajesh",
               "Craig", "Piotr", "Ashley", "Jon"]

    def person(self, gender=None):
        """an adult: (first, last)"""
        pool = {"F": self.ADULT_F, "M": self.ADULT_M}.get(gender, self.ADULT_F + self.ADULT_M)
        while True:
            f = self.rng.choice(pool)
            l = self.rng.choice(LAST)
            if (f, l) not in self._names:
                self._names.add((f, l))
                return f, l

    def upn(self, temporary=False):
        v = ukids.make_upn(self.rng, la=self.la_for(self.rng), temporary=temporary)
        self.record("upn", v)
        return v

    def uln(self):
        v = ukids.make_uln(self.rng)
        self.record("uln", v)
        return v

    def nhs(self, style="334"):
        v = ukids.make_nhs(self.rng)
        self.record("nhs", v)
        return ukids.fmt_nhs(v, style)

    def nino(self, style="plain"):
        v = ukids.make_nino(self.rng)
        self.record("nino", v)
        return ukids.fmt_nino(v, style)

    def card(self, brand="visa", sep=" "):
        v = ukids.make_card(self.rng, brand)
        self.record("card", v)
        return ukids.fmt_card(v, sep) if sep is not None else v

    def bank(self, sort_sep="-"):
        s, a = ukids.make_bank(self.rng)
        self.record("bank", (s, a))
        return s.replace("-", sort_sep), a

    def expiry(self):
        return "%02d/%02d" % (self.rng.randrange(1, 13), self.rng.randrange(27, 31))

    def digits(self, n):
        return "".join(str(self.rng.randrange(10)) for _ in range(n))


# ------------------------------------------------------------------ tables
def t_aligned(header, rows, gap=2):
    allr = [header] + rows if header else rows
    w = [max(len(str(r[i])) for r in allr) for i in range(len(allr[0]))]
    out = []
    for j, r in enumerate(allr):
        out.append((" " * gap).join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if header and j == 0:
            out.append((" " * gap).join("-" * w[i] for i in range(len(w))))
    return "\n".join(out)


def t_sep(header, rows, sep=", "):
    allr = ([header] if header else []) + rows
    return "\n".join(sep.join(str(c) for c in r) for r in allr)


def t_pipe(header, rows):
    allr = [header] + rows
    w = [max(len(str(r[i])) for r in allr) for i in range(len(allr[0]))]
    line = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [line]
    for j, r in enumerate(allr):
        out.append("| " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(r)) + " |")
        if j == 0:
            out.append(line)
    out.append(line)
    return "\n".join(out)


def t_md(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def t_html(header, rows, style="border"):
    if style == "border":
        tab = '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">'
        th = '<th style="background:#d9e2f3;text-align:left">%s</th>'
        td = "<td>%s</td>"
    elif style == "outlook":
        tab = '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">'
        th = ('<td width="140" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
              '<p class="MsoNormal"><b>%s</b></p></td>')
        td = ('<td width="140" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
              '<p class="MsoNormal">%s</p></td>')
    else:  # plain / gmail
        tab = '<table style="border:1px solid #999" cellpadding="3">'
        th = "<td><b>%s</b></td>"
        td = "<td>%s</td>"
    out = [tab]
    if header:
        out.append("<tr>" + "".join(th % xesc(str(h)) for h in header) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(td % xesc(str(c)) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_doc(inner, outlook=False):
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
                '<body lang="EN-GB" link="#0563C1"><div class="WordSection1">\n%s\n</div></body></html>\n' % inner)
    return '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">\n%s\n</body></html>\n' % inner


def paras_html(text, outlook=False):
    out = []
    for p in re.split(r"\n\s*\n", text.strip("\n")):
        inner = "<br>\n".join(xesc(l) for l in p.split("\n"))
        if outlook:
            out.append('<p class="MsoNormal">%s</p><p class="MsoNormal">&nbsp;</p>' % inner)
        else:
            out.append("<p>%s</p>" % inner)
    return "\n".join(out)


def csv_text(header, rows, sep=",", crlf=True, quote_all=False):
    def q(c):
        c = str(c)
        if quote_all or sep in c or '"' in c:
            return '"%s"' % c.replace('"', '""')
        return c
    nl = "\r\n" if crlf else "\n"
    allr = ([header] if header else []) + rows
    return nl.join(sep.join(q(c) for c in r) for r in allr) + nl

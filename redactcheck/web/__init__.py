"""`redactcheck serve`: a private web page on this machine for checking and redacting drafts.

Layout: `checking.py` does the work with the same Linter as the command line (no web
framework in it); `security.py` is the gate every request passes (loopback Host, same
origin and page token, body size, strict headers); `app.py` wires the routes on
Starlette; `server.py` binds loopback and runs uvicorn without access logs; `command.py`
is the click command, which needs only click until the page is asked for. `static/`
holds the one page, its script and its style sheet: nothing is fetched from elsewhere.
"""

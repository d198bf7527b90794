"""The Starlette application: one page, its two assets, and a small JSON API.

Every endpoint answers errors as {"error": "one line"} with a 4xx status, never a
traceback, and logs nothing about the draft. Bodies are JSON; a file opened in the page
comes as base64 inside the JSON, decoded in memory (no multipart parser, which would
spool a large upload to a temporary file).
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from redactcheck.errors import InputError, RedactcheckError
from redactcheck.redaction.styles import STYLES
from redactcheck.web.checking import Checker, Draft, typed_draft, uploaded_draft
from redactcheck.web.security import BodyTooLarge, Gate, allowed_hosts

MAX_BYTES = 5_000_000  # the same default as the command line's size limit for a file
ASSETS = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8"}
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class BadRequest(Exception):
    """A request the page would never send: wrong JSON shape."""


def create_app(
    checker: Checker, *, host: str, port: int, max_bytes: int = MAX_BYTES, token: str | None = None
) -> Any:
    """The ASGI app for a server at host:port; `max_bytes` limits a draft (base64 adds a third)."""
    token = token or secrets.token_urlsafe(32)
    pages = Pages(checker, token, max_bytes)
    routes = [
        Route("/", pages.index, methods=["GET"]),
        Route("/static/{name}", pages.asset, methods=["GET"]),
        Route("/api/openapi.json", pages.openapi, methods=["GET"]),
        Route("/api/settings", pages.settings, methods=["GET"]),
        Route("/api/check", pages.check, methods=["POST"]),
        Route("/api/redact", pages.redact, methods=["POST"]),
        Route("/api/allowlist", pages.allowlist, methods=["POST"]),
    ]
    max_body = max_bytes * 4 // 3 + 64_000  # a file's base64 and the JSON around it
    return Gate(
        Starlette(routes=routes), hosts=allowed_hosts(host, port), token=token, max_body=max_body
    )


class Pages:
    """The endpoints, over one Checker; the page carries this server's token and limit."""

    def __init__(self, checker: Checker, token: str, max_bytes: int) -> None:
        self.checker = checker
        self.max_bytes = max_bytes
        self.page = (
            _asset("index.html")
            .replace("{{TOKEN}}", token)
            .replace("{{MAX_BYTES}}", str(max_bytes))
        )

    async def index(self, request: Request) -> Response:
        return Response(self.page, media_type="text/html; charset=utf-8")

    async def asset(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in ASSETS:
            return JSONResponse({"error": "not found"}, status_code=404)
        return Response(_asset(name), media_type=ASSETS[name])

    async def openapi(self, request: Request) -> Response:
        return JSONResponse(OPENAPI)

    async def settings(self, request: Request) -> Response:
        return JSONResponse(
            {
                "max_bytes": self.max_bytes,
                "styles": ["default", *STYLES],
                "allowlist": self.checker.where_saved(),
            }
        )

    async def check(self, request: Request) -> Response:
        return await _answer(request, self._check)

    async def redact(self, request: Request) -> Response:
        return await _answer(request, self._redact)

    async def allowlist(self, request: Request) -> Response:
        return await _answer(request, self._allow)

    def _check(self, body: dict[str, Any]) -> dict[str, Any]:
        return self.checker.check(_draft(body, self.max_bytes), _allow(body), _style(body))

    def _redact(self, body: dict[str, Any]) -> dict[str, Any]:
        draft = _draft(body, self.max_bytes)
        done = self.checker.redact(draft, _allow(body), _style(body), _keep(body))
        if "docx" in done:
            done["docx"] = base64.b64encode(done["docx"]).decode("ascii")
            done["filename"] = _redacted_name(draft)
        return done

    def _allow(self, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("confirm") is not True:
            raise BadRequest("say confirm: true once the person has been told where it is saved")
        return {"file": self.checker.save_allowed(_string(body, "term"))}


async def _answer(request: Request, work: Any) -> Response:
    """Read the JSON body, do the work off the event loop, answer one-line errors."""
    try:
        raw = await request.body()
    except BodyTooLarge as error:
        return JSONResponse({"error": str(error)}, status_code=413)
    try:
        body = json.loads(raw)
        if not isinstance(body, dict):
            raise BadRequest("the body must be a JSON object")
        return JSONResponse(await run_in_threadpool(work, body))
    except (ValueError, BadRequest) as error:  # json's errors are ValueErrors
        message = str(error) if isinstance(error, BadRequest) else "the body is not valid JSON"
        return JSONResponse({"error": message}, status_code=400)
    except RedactcheckError as error:
        return JSONResponse(
            {"error": str(error)}, status_code=413 if isinstance(error, TooLarge) else 422
        )
    except Exception as error:  # any error at all: never a traceback, never the draft in a log
        return JSONResponse({"error": f"internal error ({type(error).__name__})"}, status_code=500)


def _draft(body: dict[str, Any], max_bytes: int) -> Draft:
    upload = body.get("file")
    if upload is not None:
        if not isinstance(upload, dict):
            raise BadRequest("'file' must be an object with name and data (base64)")
        try:
            data = base64.b64decode(_string(upload, "data"), validate=True)
        except binascii.Error:
            raise BadRequest("'file.data' is not base64") from None
        _limit(len(data), max_bytes)
        return uploaded_draft(_string(upload, "name"), data)
    text = _string(body, "text")
    _limit(len(text.encode("utf-8")), max_bytes)
    return typed_draft(text, str(body.get("format") or "text"))


class TooLarge(InputError):
    """A draft over the size limit (413, not 422: the request is fine, the draft too long)."""


def _limit(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise TooLarge(
            f"the draft is {size:,} bytes, over the {max_bytes:,}-byte limit: "
            "split it into parts and check each"
        )


def _string(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str):
        raise BadRequest(f"'{key}' must be a string")
    return value


def _allow(body: dict[str, Any]) -> list[str]:
    value = body.get("allow") or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadRequest("'allow' must be a list of strings")
    return value


def _style(body: dict[str, Any]) -> str | None:
    value = body.get("style")
    if value in (None, "", "default"):
        return None
    if value not in STYLES:
        raise BadRequest(f"'style' must be one of default, {', '.join(STYLES)}")
    return str(value)


def _keep(body: dict[str, Any]) -> list[list[int]]:
    value = body.get("keep") or []
    ok = isinstance(value, list) and all(
        isinstance(v, list) and len(v) == 2 and all(isinstance(n, int) for n in v) for v in value
    )
    if not ok:
        raise BadRequest("'keep' must be a list of [start, end] pairs")
    return value


def _redacted_name(draft: Draft) -> str:
    name = draft.document.source
    stem = name[:-5] if name.lower().endswith(".docx") else name
    return f"{stem}.redacted.docx"


def _asset(name: str) -> str:
    static = resources.files("redactcheck.web").joinpath("static")
    return static.joinpath(name).read_text(encoding="utf-8")


_DRAFT: dict[str, Any] = {
    "type": "object",
    "properties": {
        "text": {"type": "string", "description": "The draft, typed or pasted (or give file)."},
        "format": {"type": "string", "enum": ["text", "markdown"], "default": "text"},
        "file": {
            "type": "object",
            "required": ["name", "data"],
            "description": "A .txt, .md or .docx file.",
            "properties": {
                "name": {"type": "string"},
                "data": {"type": "string", "format": "byte"},
            },
        },
        "allow": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Terms allowed for this session (matched whole, any case).",
        },
        "style": {"type": "string", "enum": ["default", *STYLES]},
    },
}
_ERROR = {
    "description": "A one-line error",
    "content": {
        "application/json": {
            "schema": {"type": "object", "properties": {"error": {"type": "string"}}}
        }
    },
}
_REFUSALS = {
    "400": _ERROR,
    "403": {**_ERROR, "description": "Another site, or no page token"},
    "413": {**_ERROR, "description": "Over the size limit"},
    "421": {**_ERROR, "description": "Host is not this server's loopback address"},
    "422": {**_ERROR, "description": "A draft that cannot be read (empty, binary, bad .docx...)"},
}
_TOKEN = [
    {
        "name": "X-Redactcheck-Token",
        "in": "header",
        "required": True,
        "schema": {"type": "string"},
        "description": "The token written into the page.",
    }
]


def _post(summary: str, request: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    return {
        "post": {
            "summary": summary,
            "parameters": _TOKEN,
            "requestBody": {"required": True, "content": {"application/json": {"schema": request}}},
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": answer}}},
                **_REFUSALS,
            },
        }
    }


OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "redactcheck serve",
        "version": "1",
        "description": "The private local page's API. Loopback only; nothing is stored or logged.",
    },
    "paths": {
        "/api/check": _post(
            "Check a draft: findings, people, risk and band, look-alikes left alone",
            _DRAFT,
            {
                "type": "object",
                "properties": {
                    "text": {"type": "string"},
                    "format": {"type": "string"},
                    "risk": {
                        "type": "object",
                        "properties": {
                            "score": {"type": "number"},
                            "band": {"type": "string", "enum": ["low", "medium", "high"]},
                            "reasons": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                    "findings": {"type": "array", "items": {"type": "object"}},
                    "groups": {"type": "array", "items": {"type": "object"}},
                    "suppressed": {"type": "array", "items": {"type": "object"}},
                    "redacted": {
                        "type": "string",
                        "description": "The draft with every finding replaced in the chosen style.",
                    },
                },
            },
        ),
        "/api/redact": _post(
            "The redacted draft (and a redacted .docx for a Word file)",
            {
                **_DRAFT,
                "properties": {
                    **_DRAFT["properties"],
                    "keep": {
                        "type": "array",
                        "items": {"type": "array", "items": {"type": "integer"}},
                        "description": "[start, end] of findings to leave as they are.",
                    },
                },
            },
            {
                "type": "object",
                "properties": {
                    "text": {"type": "string"},
                    "docx": {"type": "string", "format": "byte"},
                    "filename": {"type": "string"},
                },
            },
        ),
        "/api/allowlist": _post(
            "Save a term to the allowlist in the settings file in force",
            {
                "type": "object",
                "required": ["term", "confirm"],
                "properties": {"term": {"type": "string"}, "confirm": {"const": True}},
            },
            {"type": "object", "properties": {"file": {"type": "string"}}},
        ),
        "/api/settings": {
            "get": {
                "summary": "Size limit, styles, and where 'always allow' saves",
                "responses": {"200": {"description": "OK"}},
            }
        },
    },
}

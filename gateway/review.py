"""Human spot-check review: JSON endpoints under /v1/review and a small HTML page at /review.

    GET  /v1/review/next      -> {"item": {...} | null, "pending": n}   (blind: no rubric verdict)
    POST /v1/review/<id>      {"passed": bool, "note"?: str} -> the graded item, with the rubric's
                              verdict and whether the two agree; 404 unknown, 409 already graded
    GET  /v1/review/stats     -> agreement between reviewers and the rubric (kappa, drift)
    GET  /review              the next item as a form; POST /review grades it

/v1 routes use the app's Bearer authentication. The page is for browsers, which cannot send a
Bearer header: it takes the same API key as the password of HTTP Basic authentication (any user
name), and its form carries a token derived from the key, so another site cannot post grades
with a reviewer's remembered credentials.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac

from flask import Blueprint, Response, current_app, g, jsonify, render_template_string, request

from gateway.auth import authenticate
from scorer.review import ITEM_ID, ReviewError, ReviewQueue, blind, format_stats, parse_grade, review_stats

bp = Blueprint("review", __name__)


def _queue() -> ReviewQueue:
    ext = current_app.extensions["tinylab"]
    if "review_queue" not in ext:
        ext["review_queue"] = ReviewQueue(ext["jobs"].redis, ext["settings"].key_prefix)
    return ext["review_queue"]


@bp.errorhandler(ReviewError)
def _review_error(exc: ReviewError):
    kind = {400: "invalid_request", 404: "not_found", 409: "conflict"}.get(exc.status, "invalid_request")
    extra = {"field": exc.field} if exc.field else {}
    return jsonify(error={"type": kind, "message": exc.message, **extra}), exc.status


def _item_id(item_id: str) -> str:
    if not ITEM_ID.match(item_id):
        raise ReviewError(f"invalid review item id {item_id[:80]!r}", status=404)
    return item_id


@bp.get("/v1/review/next")
def next_item():
    queue = _queue()
    item = queue.next()
    return jsonify(item=blind(item) if item else None, pending=queue.pending())


@bp.post("/v1/review/<item_id>")
def grade_item(item_id: str):
    item_id = _item_id(item_id)
    body = request.get_json(force=True, silent=True)
    if body is None:
        raise ReviewError("request body must be valid JSON", status=400)
    passed, note = parse_grade(body)
    done = _queue().grade(item_id, passed, note, grader=g.caller)
    return jsonify(item=done, agrees=done["human"]["passed"] == done["auto"]["passed"])


@bp.get("/v1/review/stats")
def stats():
    return jsonify(review_stats(_queue().items()))


# --- the page --------------------------------------------------------------------------------------

def _page_key() -> str | None:
    """The API key from `Authorization: Basic` (password) or `Bearer`, if it is a valid one."""
    header = request.headers.get("Authorization", "")
    keys = current_app.extensions["tinylab"]["settings"].api_keys
    if header.startswith("Basic "):
        try:
            _, _, key = base64.b64decode(header[6:], validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
    elif header.startswith("Bearer "):
        key = header[7:].strip()
    else:
        return None
    return key if authenticate(f"Bearer {key}", keys) else None


def _token(key: str, item_id: str) -> str:
    return hmac.new(key.encode(), f"review:{item_id}".encode(), hashlib.sha256).hexdigest()[:32]


def _challenge() -> Response:
    return Response("API key required (as the password)\n", 401,
                    {"WWW-Authenticate": 'Basic realm="tinylab review", charset="UTF-8"'})


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>tinylab review</title>
<style>
 body { font: 15px/1.4 system-ui, sans-serif; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
 pre { background: #f4f4f4; padding: .6rem; white-space: pre-wrap; word-break: break-word; }
 .msg { background: #eef6ee; padding: .5rem; } .err { background: #fbeaea; padding: .5rem; }
 label { margin-right: 1.2rem; } textarea { width: 100%; }
</style></head><body>
<h1>Spot-check review</h1>
<p>{{ pending }} pending. Grade the output as a careful user would: is it a correct, useful answer
to the prompt? The rubric's verdict is shown only after you grade.</p>
{% if message %}<p class="{{ 'err' if error else 'msg' }}">{{ message }}</p>{% endif %}
{% if item %}
<p><b>{{ item.id }}</b> &middot; {{ item.task_type }}{% if item.suite %} &middot; {{ item.suite }} {{ item.case_id }}{% endif %}</p>
<h3>Prompt</h3><pre>{{ item.prompt }}</pre>
<h3>Output</h3><pre>{{ item.output }}</pre>
{% if item.reference %}<h3>Reference</h3><pre>{{ item.reference }}</pre>{% endif %}
<form method="post" action="{{ url_for('review.page') }}">
 <input type="hidden" name="id" value="{{ item.id }}"><input type="hidden" name="token" value="{{ token }}">
 <label><input type="radio" name="verdict" value="pass" required> pass</label>
 <label><input type="radio" name="verdict" value="fail"> fail</label>
 <p><textarea name="note" rows="2" maxlength="2000" placeholder="note (optional)"></textarea></p>
 <button type="submit">Grade</button>
</form>
{% else %}<p>Nothing to review.</p>{% endif %}
<h3>Agreement with the rubric</h3><pre>{{ stats }}</pre>
</body></html>"""


def _render(message: str = "", error: bool = False, status: int = 200, key: str = ""):
    queue = _queue()
    item = queue.next()
    html = render_template_string(PAGE, item=blind(item) if item else None, pending=queue.pending(),
                                  token=_token(key, item["id"]) if item else "", message=message, error=error,
                                  stats=format_stats(review_stats(queue.items())))
    return Response(html, status, {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"})


@bp.route("/review", methods=["GET", "POST"])
def page():
    key = _page_key()
    if key is None:
        return _challenge()
    if request.method == "GET":
        return _render(key=key)
    item_id = request.form.get("id", "")
    verdict = request.form.get("verdict")
    if not ITEM_ID.match(item_id) or not hmac.compare_digest(request.form.get("token", ""), _token(key, item_id)):
        return _render("the form was not issued by this page for this key; reload and grade again", True, 403, key)
    if verdict not in ("pass", "fail"):
        return _render("choose pass or fail", True, 422, key)
    try:
        done = _queue().grade(item_id, verdict == "pass", request.form.get("note", "")[:2000].strip(),
                              grader=authenticate(f"Bearer {key}", (key,)))
    except ReviewError as exc:
        return _render(exc.message, True, exc.status, key)
    auto = "pass" if done["auto"]["passed"] else "fail"
    message = f"graded {item_id} {verdict}; the rubric said {auto} ({done['auto']['rubric']})"
    return _render(message, key=key)

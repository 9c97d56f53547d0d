"""HTTP authentication for a remote engine's endpoints, from the credentials in the endpoint's URL.

An engine may guard its update and Graph Store endpoints (Virtuoso's ``/sparql-auth`` and
``/sparql-graph-crud-auth`` take HTTP Digest only; others take Basic). fmkg is configured with
``http://user:password@host/path``; the request goes out without credentials, and a 401 challenge is answered
once (``authorization``), so no password is sent to an endpoint that did not ask for one.

>>> split_credentials("http://fmkg:s%40cret@127.0.0.1:8890/sparql-auth")
('http://127.0.0.1:8890/sparql-auth', ('fmkg', 's@cret'))
>>> split_credentials("http://127.0.0.1:7878/update")
('http://127.0.0.1:7878/update', None)

The Digest answer of RFC 2617's example (section 3.5):

>>> challenge = ('Digest realm="testrealm@host.com", qop="auth,auth-int", '
...              'nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"')
>>> header = authorization(challenge, ("Mufasa", "Circle Of Life"), "GET", "/dir/index.html", cnonce="0a4f113b")
>>> 'response="6629fae49393a05397450978507c4ef1"' in header
True
>>> authorization('Basic realm="x"', ("a", "b"), "GET", "/")
'Basic YTpi'
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from urllib.parse import unquote, urlsplit, urlunsplit

__all__ = ["split_credentials", "authorization", "Credentials"]

Credentials = tuple[str, str]
_PARAM = re.compile(r'(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))')


def split_credentials(url: str) -> tuple[str, Credentials | None]:
    """``url`` without its userinfo, and the (user, password) it held, if any (percent-decoded)."""
    parts = urlsplit(url)
    if parts.username is None:
        return url, None
    host = parts.hostname or ""
    netloc = (f"[{host}]" if ":" in host else host) + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc)), (unquote(parts.username), unquote(parts.password or ""))


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()  # noqa: S324 - what HTTP Digest (RFC 2617) is made of


def authorization(challenge: str, credentials: Credentials, method: str, target: str,
                  cnonce: str | None = None) -> str | None:
    """The ``Authorization`` header answering a ``WWW-Authenticate`` ``challenge`` (Digest or Basic), or None for
    a scheme fmkg does not speak. ``target`` is the request's path and query, as sent."""
    scheme, _, rest = challenge.strip().partition(" ")
    user, password = credentials
    if scheme.lower() == "basic":
        return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    if scheme.lower() != "digest":
        return None
    params = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3) for m in _PARAM.finditer(rest)}
    if params.get("algorithm", "MD5").upper() != "MD5" or "nonce" not in params:
        return None
    realm, nonce = params.get("realm", ""), params["nonce"]
    ha1, ha2 = _md5(f"{user}:{realm}:{password}"), _md5(f"{method}:{target}")
    fields = {"username": user, "realm": realm, "nonce": nonce, "uri": target}
    if "auth" in [q.strip() for q in params.get("qop", "").split(",")]:
        cnonce = cnonce or os.urandom(8).hex()
        fields.update(qop="auth", nc="00000001", cnonce=cnonce)
        fields["response"] = _md5(f"{ha1}:{nonce}:00000001:{cnonce}:auth:{ha2}")
    else:
        fields["response"] = _md5(f"{ha1}:{nonce}:{ha2}")
    if "opaque" in params:
        fields["opaque"] = params["opaque"]
    unquoted = {"qop", "nc"}
    return "Digest " + ", ".join(f"{k}={v}" if k in unquoted else f'{k}="{v}"' for k, v in fields.items())

"""Who may write data from the browser.

On a shared server set KALTENG_TOKEN_PERBARUI: applying an import or restoring a backup then needs that token.
Without it the dashboard is in local mode (one planner's own machine) and says so on the page. Previews and
checks are open to everyone: they never write.
"""
from __future__ import annotations

import hmac
import os
from collections.abc import Mapping

VAR = "KALTENG_TOKEN_PERBARUI"


def perlu_token(env: Mapping[str, str] = os.environ) -> bool:
    return bool(env.get(VAR, "").strip())


def boleh_menulis(token: str | None, env: Mapping[str, str] = os.environ) -> bool:
    """True in local mode, or when the given token equals the configured one (constant-time compare)."""
    harap = env.get(VAR, "").strip()
    if not harap:
        return True
    return bool(token) and hmac.compare_digest(token.strip().encode(), harap.encode())

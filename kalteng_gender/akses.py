"""Who may write data from the browser.

On a shared server set KALTENG_TOKEN_PERBARUI: applying an import or restoring a backup then needs that token, and
so do previews of large files and the list of backups and changes. Without it the dashboard is in local mode (one
planner's own machine) and says so on the page. Set but blank is a mistake, not local mode: nobody may write.
Previews of ordinary files are open to everyone: they never write.
"""
from __future__ import annotations

import hmac
import os
from collections.abc import Mapping

VAR = "KALTENG_TOKEN_PERBARUI"


def perlu_token(env: Mapping[str, str] = os.environ) -> bool:
    return bool(env.get(VAR, "").strip())


def token_kosong(env: Mapping[str, str] = os.environ) -> bool:
    """The variable is set but blank (e.g. `KALTENG_TOKEN_PERBARUI= `): refused rather than read as local mode."""
    return VAR in env and not env[VAR].strip()


def boleh_menulis(token: str | None, env: Mapping[str, str] = os.environ) -> bool:
    """True in local mode, or when the given token equals the configured one (constant-time compare); never
    with a blank token configured."""
    if token_kosong(env):
        return False
    harap = env.get(VAR, "").strip()
    if not harap:
        return True
    return bool(token) and hmac.compare_digest(token.strip().encode(), harap.encode())

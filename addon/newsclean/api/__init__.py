"""The control API the browser extension talks to, served by the proxy from its own port.

HTTP-agnostic: ``ControlAPI.handle(method, target, headers, body) -> ApiResponse``. The proxy addon
answers requests addressed to its own host:port with it (see ``newsclean.proxy``).
"""

from .backend import Backend
from .handler import API_PREFIX, MAX_BODY, PREFIX, ApiResponse, ControlAPI
from .token import default_token_path, load_or_create_token

__all__ = [
    "API_PREFIX",
    "MAX_BODY",
    "PREFIX",
    "ApiResponse",
    "Backend",
    "ControlAPI",
    "default_token_path",
    "load_or_create_token",
]

"""Pipeline step 9, cms: the browser editor at ``/admin/`` (Decap CMS).

Its configuration is generated from the story schema and the settings
(``config``); its bundle comes from the pinned npm package (``bundle``);
``podium serve --cms`` runs decap-server rooted at content/ (``proxy``).
"""

from .config import cms_config, config_yaml, content_security_policy
from .plugin import ADMIN_DIR, enabled, register

__all__ = [
    "ADMIN_DIR",
    "cms_config",
    "config_yaml",
    "content_security_policy",
    "enabled",
    "register",
]

"""newsclean as a mitmproxy script, for people who already run mitmproxy:

    mitmdump -s addon/newsclean_mitmproxy.py [--set newsclean_rules=DIR] [--set newsclean_sites=example.com]

mitmproxy puts this file's folder on sys.path, so ``newsclean`` imports from a checkout; the Python
that runs mitmproxy needs newsclean's dependencies (``pip install -e .`` into it). The options are
listed by ``mitmdump -s addon/newsclean_mitmproxy.py --options`` (all start with ``newsclean_``).
"""

from newsclean.proxy.addon import NewsClean
from newsclean.proxy.control import ControlApiAddon

newsclean = NewsClean()
addons = [newsclean, ControlApiAddon(newsclean)]  # the browser extension's API on the proxy's port

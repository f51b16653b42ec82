from bot.i18n.catalogs import Catalogs, Rendered, load_sources

__all__ = ["Catalogs", "Rendered", "load_sources"]

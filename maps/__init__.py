"""Offline situation map: a folium-built Leaflet page shown in a QWebEngineView."""

"""Edits to the user's rule files, as the control API and the extension make them: validated against
the format and the compiler, written atomically, serialized by a file lock, undoable (history), and
refused with a stable code (refusals.py) when they cannot be made. paths.py says where things are kept
(the config folder, the user's rule folder)."""

"""mkdocs-macros entry point: wires the handbook's macros. The work is done in the other modules."""

from .macro_functions import register


def define_env(env):
    register(env)

"""mkdocs-macros entry point: wires the handbook's macros. The work is done in the other modules."""


def define_env(env):
    # Imported here, not at the top: the command line (python -m macros check) and the loader's worker processes
    # import this package too, and need none of the rendering modules.
    from .macro_functions import register

    register(env)

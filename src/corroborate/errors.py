"""The exceptions corroborate raises, with messages that say what to do."""


class CorroborateError(Exception):
    """Base class: the CLI maps it to one line on stderr and exit status 1."""


class InputError(CorroborateError):
    """The input cannot be used as given (missing folder, unknown format): exit status 2."""


class ModelError(CorroborateError):
    """A model that the pipeline needs is missing or broken: reinstall the package."""

namespace CsEtiquette.Cli;

/// <summary>A command-line mistake; <see cref="CliApp"/> prints it and exits with <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class CliUsageException(string message) : Exception(message);

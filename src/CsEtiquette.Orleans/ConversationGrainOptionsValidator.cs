using System.Globalization;
using Microsoft.Extensions.Options;

namespace CsEtiquette.Orleans;

/// <summary>Checks <see cref="ConversationGrainOptions"/>; each message names the option and the value given.</summary>
internal sealed class ConversationGrainOptionsValidator : IValidateOptions<ConversationGrainOptions>
{
    public ValidateOptionsResult Validate(string? name, ConversationGrainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string>? failures = null;
        if (options.WriteEvery is < 1 or > 1000)
        {
            (failures ??= []).Add(string.Create(CultureInfo.InvariantCulture,
                $"ConversationGrainOptions.WriteEvery must be between 1 and 1000, not {options.WriteEvery}."));
        }

        if (options.MaxWriteDelay < TimeSpan.FromMilliseconds(100) || options.MaxWriteDelay > TimeSpan.FromMinutes(10))
        {
            (failures ??= []).Add(string.Create(CultureInfo.InvariantCulture,
                $"ConversationGrainOptions.MaxWriteDelay must be between 100 ms and 10 minutes, not {options.MaxWriteDelay}."));
        }

        return failures is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

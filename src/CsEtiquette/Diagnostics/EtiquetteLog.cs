using Microsoft.Extensions.Logging;

namespace CsEtiquette.Diagnostics;

/// <summary>
/// CsEtiquette's log messages (LoggerMessage source generation: no boxing, no formatting unless enabled). Customer and
/// agent text is never logged at Information or above: messages carry ids, counts, rule ids, states and file paths.
/// Event ids 1xxx: packs; 2xxx: conversations and complaints; 3xxx: stores.
/// </summary>
internal static partial class EtiquetteLog
{
    [LoggerMessage(1001, LogLevel.Information, "CsEtiquette packs loaded: {RuleCount} rules ({RulePackCount} extra rule packs), {TemplateCount} templates ({TemplatePackCount} extra template packs)")]
    public static partial void PacksLoaded(ILogger logger, int ruleCount, int rulePackCount, int templateCount, int templatePackCount);

    [LoggerMessage(1002, LogLevel.Error, "CsEtiquette pack load failed for {Option}")]
    public static partial void PackLoadFailed(ILogger logger, string option, Exception exception);

    [LoggerMessage(1003, LogLevel.Information, "CsEtiquette packs reloaded after a configuration change: {RuleCount} rules, {TemplateCount} templates")]
    public static partial void PacksReloaded(ILogger logger, int ruleCount, int templateCount);

    [LoggerMessage(1004, LogLevel.Error, "CsEtiquette pack reload failed; the previous packs stay in use")]
    public static partial void PackReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(2001, LogLevel.Debug, "Conversation {ConversationId}: customer message of {Length} characters, emotion {Emotion}, intent {Intent}")]
    public static partial void MessageAnalysed(ILogger logger, string conversationId, int length, string emotion, string intent);

    [LoggerMessage(2002, LogLevel.Warning, "Complaint {CaseId}: event {Trigger} rejected in state {State} ({Reason})")]
    public static partial void ComplaintEventRejected(ILogger logger, string caseId, string trigger, string state, string reason);

    [LoggerMessage(2003, LogLevel.Information, "Complaint {CaseId}: {From} -> {To} by {Trigger} (version {Version})")]
    public static partial void ComplaintTransition(ILogger logger, string caseId, string from, string to, string trigger, int version);

    [LoggerMessage(2004, LogLevel.Error, "Conversation {ConversationId}: {Operation} failed")]
    public static partial void ConversationFailed(ILogger logger, string conversationId, string operation, Exception exception);

    [LoggerMessage(3001, LogLevel.Warning, "Store: {Kind} {Id} was changed by another writer (expected version {Expected}, stored {Stored}); retrying")]
    public static partial void StoreConflict(ILogger logger, string kind, string id, long expected, long stored);
}

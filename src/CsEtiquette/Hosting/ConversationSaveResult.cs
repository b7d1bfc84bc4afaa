using System.Globalization;

namespace CsEtiquette.Hosting;

/// <summary>The result of <see cref="IConversationStore.SaveAsync"/>: saved at a new version, or a version conflict with
/// what is stored now so the caller can reload and retry. Immutable.</summary>
public sealed record ConversationSaveResult
{
    private ConversationSaveResult(bool isSaved, long version, StoredConversation? current, string message)
    {
        IsSaved = isSaved;
        Version = version;
        Current = current;
        Message = message;
    }

    /// <summary>Whether the conversation was written.</summary>
    public bool IsSaved { get; }

    /// <summary>The version now stored (the new one when saved; the other writer's on a conflict; 0 when none is stored).</summary>
    public long Version { get; }

    /// <summary>On a conflict, the conversation now stored (null when it was deleted); on success, null.</summary>
    public StoredConversation? Current { get; }

    /// <summary>A sentence for people naming the id and the versions.</summary>
    public string Message { get; }

    /// <summary>Creates a saved result.</summary>
    /// <param name="id">The conversation id.</param>
    /// <param name="version">The new version.</param>
    /// <returns>The result.</returns>
    public static ConversationSaveResult Saved(string id, long version) =>
        new(true, version, null, string.Create(CultureInfo.InvariantCulture, $"Conversation '{id}' saved at version {version}."));

    /// <summary>Creates a conflict result.</summary>
    /// <param name="id">The conversation id.</param>
    /// <param name="expectedVersion">The version the writer expected.</param>
    /// <param name="current">What is stored now; null when nothing is.</param>
    /// <returns>The result.</returns>
    public static ConversationSaveResult Conflict(string id, long expectedVersion, StoredConversation? current) =>
        new(false, current?.Version ?? 0, current, string.Create(CultureInfo.InvariantCulture,
            $"Conversation '{id}' is at version {current?.Version ?? 0}, not the expected {expectedVersion}: another writer saved first. Reload and try again."));
}

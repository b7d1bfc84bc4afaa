namespace CsEtiquette;

/// <summary>The channel a reply is delivered on (文字客服 / 语音客服).</summary>
/// <remarks>
/// Shared by every capability (linting, rewriting, templates, the reply assistant), hence in the root namespace.
/// Text chat keeps a light "~" (the seeds: "“~”体现亲和力"; the linter reduces extra exclamation marks to "~");
/// on the voice channel the reply is spoken, so "~" and emoticons are never produced or suggested, and the
/// template renderer reports an estimated speaking time.
/// </remarks>
public enum ReplyChannel
{
    /// <summary>Written chat (文字客服): a light "~" is welcome where a template has one.</summary>
    Text = 0,

    /// <summary>Spoken reply (语音客服): no "~", no emoticons; replies carry an estimated speaking time.</summary>
    Voice = 1,
}

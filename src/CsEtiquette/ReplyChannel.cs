namespace CsEtiquette;

/// <summary>The channel a reply is delivered on (文字客服 / 语音客服).</summary>
/// <remarks>
/// Shared by every capability (templates, linting, the reply assistant), hence in the root namespace.
/// The channel changes how a template is rendered: the text channel keeps a light "~" where the template
/// has one (the seeds: "“~”体现亲和力"); the voice channel drops every "~" and emoticon and reports an
/// estimated speaking time.
/// </remarks>
public enum ReplyChannel
{
    /// <summary>Written chat (文字客服): a light "~" is kept where the template has one.</summary>
    Text = 0,

    /// <summary>Spoken reply (语音客服): no "~", no emoticons, with an estimated speaking time.</summary>
    Voice = 1,
}

namespace CsEtiquette.Linting;

/// <summary>The channel a reply is sent through (文字客服 / 语音客服).</summary>
public enum ReplyChannel
{
    /// <summary>Text chat (文字客服): a light "~" is welcome, exclamation marks are reduced to "~".</summary>
    Text = 0,

    /// <summary>Voice (语音客服): the reply is spoken, so "~" and emoticons are never suggested.</summary>
    Voice = 1,
}

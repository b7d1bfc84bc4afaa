namespace CsEtiquette.Segmentation;

/// <summary>How <see cref="ChineseSegmenter.Tokenize(string, TokenizeMode, bool)"/> splits text (jieba's <c>mode</c>).</summary>
public enum TokenizeMode
{
    /// <summary>Accurate mode (精确模式): tokens do not overlap and cover the text.</summary>
    Default = 0,

    /// <summary>Search-engine mode (搜索引擎模式): long words also yield their dictionary sub-words.</summary>
    Search = 1,
}

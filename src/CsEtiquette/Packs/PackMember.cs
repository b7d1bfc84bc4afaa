namespace CsEtiquette.Packs;

/// <summary>One property of a pack object: its name and its value (whose path names it).</summary>
internal readonly record struct PackMember(string Name, PackValue Value)
{
    /// <summary>The name as a member of <typeparamref name="T"/> (exact spelling, no numbers), else a pack error naming the path.</summary>
    public T NameAs<T>()
        where T : struct, Enum => PackValue.ParseEnum<T>(Name, Value);
}

namespace WellPath.SharedKernel.Data;

/// <summary>
/// Runs hot lookups with PostgreSQL's generic plan. A prepared statement is re-planned for every run while its generic
/// plan looks dearer than one for the values at hand, and with an array or range parameter (<c>= any(@Ids)</c>,
/// <c>&amp;&amp; tstzrange(@From, @To)</c>) it always does: planning was a third of a booking's database time. Only
/// for statements whose best plan does not depend on the values; never for optional filters
/// (<c>@X is null or ...</c>), which need the values to pick an index.
/// </summary>
public static class GenericPlan
{
    /// <summary>
    /// <paramref name="sql"/> (one or more statements) in a transaction of its own that forces generic plans: the setting
    /// ends with it, so it never reaches another statement on the pooled connection. Statements that return no rows are
    /// skipped by the reader, so the results are read as if <paramref name="sql"/> ran alone.
    /// </summary>
    public static string For(string sql) => $"begin;\nset local plan_cache_mode = force_generic_plan;\n{sql.TrimEnd().TrimEnd(';')};\ncommit;";
}

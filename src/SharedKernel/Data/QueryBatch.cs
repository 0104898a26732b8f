using Dapper;
using Npgsql;

namespace WellPath.SharedKernel.Data;

/// <summary>
/// Lookups that do not depend on each other, possibly from several modules, sent to the database in one round trip and
/// one transaction: reads, and a find-or-create such as a booking's customer. Each part adds its statements with
/// parameters whose names no other part uses, and a function that reads its result sets; its <see cref="BatchResult{T}"/>
/// holds the answer once <see cref="ExecuteAsync"/> has run. The batch runs with generic plans (<see cref="GenericPlan"/>),
/// so it is for lookups by key, not for optional filters.
/// </summary>
public sealed class QueryBatch
{
    private readonly List<string> statements = [];
    private readonly List<Func<SqlMapper.GridReader, Task>> readers = [];
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);
    private readonly DynamicParameters parameters = new();
    private bool executed;

    public BatchResult<T> Add<T>(string sql, object parameters, Func<SqlMapper.GridReader, Task<T>> read)
    {
        if (executed)
        {
            throw new InvalidOperationException("The batch has already run.");
        }
        foreach (var property in parameters.GetType().GetProperties())
        {
            if (!names.Add(property.Name))
            {
                throw new InvalidOperationException($"Another part of the batch already uses the parameter @{property.Name}.");
            }
        }
        this.parameters.AddDynamicParams(parameters);
        statements.Add(sql.TrimEnd().TrimEnd(';'));
        var result = new BatchResult<T>();
        readers.Add(async grid => result.Value = await read(grid));
        return result;
    }

    public async Task ExecuteAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        executed = true;
        if (statements.Count == 0)
        {
            return;
        }
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var grid = await connection.QueryMultipleAsync(
            new CommandDefinition(GenericPlan.For(string.Join(";\n", statements)), parameters, cancellationToken: cancellationToken));
        foreach (var read in readers)
        {
            await read(grid);
        }
    }
}

/// <summary>A part's answer, there once its <see cref="QueryBatch"/> has run.</summary>
public sealed class BatchResult<T>
{
    private T? value;
    private bool set;

    public T Value
    {
        get => set ? value! : throw new InvalidOperationException("The batch this part belongs to has not run yet.");
        internal set
        {
            this.value = value;
            set = true;
        }
    }
}

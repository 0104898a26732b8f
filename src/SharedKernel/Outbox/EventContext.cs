using Npgsql;

namespace WellPath.SharedKernel.Outbox;

public sealed record EventContext(Guid MessageId, DateTimeOffset OccurredAt, NpgsqlConnection Connection, NpgsqlTransaction Transaction);

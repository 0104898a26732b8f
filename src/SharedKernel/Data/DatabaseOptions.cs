namespace WellPath.SharedKernel.Data;

public sealed record DatabaseOptions(string ConnectionString);

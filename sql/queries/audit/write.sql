-- One administrator action.
INSERT INTO audit_log (at, administrator, action, detail, client_address)
VALUES (@At, left(@Administrator, 100), left(@Action, 100), left(@Detail, 500), @ClientAddress);

UPDATE simulation_state SET rebuilt_at = now()

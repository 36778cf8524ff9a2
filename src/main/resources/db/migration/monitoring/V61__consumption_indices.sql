-- 费用消耗指数 and 时间消耗指数 (国考 / CHS-DRG: Σ_g (hospital's mean cost (stay) in DRG g ÷ the city's mean in g × n_g) ÷
-- Σ_g n_g) join 安全质量 of the six-dimension hospital performance index, the lower the better. They are not indicator
-- definitions: each DRG is divided by the city's mean before summing, so monitoring computes them from the DRG month
-- facts drg.group.cases, drg.group.cost and drg.group.days (performance.ConsumptionIndices). The dimension's other
-- indicators keep their proportion.
update mon_perf_indicator set weight = 30 where dimension_code = 'quality' and indicator_code = 'drug_ratio';
update mon_perf_indicator set weight = 30 where dimension_code = 'quality' and indicator_code = 'consumable_ratio';
insert into mon_perf_indicator (dimension_code, indicator_code, weight, scoring, position)
values ('quality', 'cost_consumption_index', 20, 'DOWN', 3),
       ('quality', 'time_consumption_index', 20, 'DOWN', 4)
on conflict (dimension_code, indicator_code) do nothing;

import { exposeBench } from '@/components/dashboard/bench';
import { mountPage } from '@/components/mount';
import { Dashboard } from './Dashboard';

exposeBench();
mountPage(<Dashboard />);
